/**
 * Data protection (UK GDPR, ADR 0034): subject-access exports per child, retention of personal data per authority
 * with a daily erasure job, erasure of one child on request, and the erasure log.
 */
package org.rollcall.privacy;
