/**
 * Changes heard during a call (carer, social worker, designated teacher, SEN status, a missing UPN, a child not on
 * roll or moved to another school): validated field by field, applied to the directory and kept as a change record
 * with who, when and which call in one transaction, audited with before and after, and listed to the authority the
 * same day. ADR 0025 says why it is built this way.
 */
package org.rollcall.changes;
