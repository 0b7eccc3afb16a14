/**
 * Children joining and leaving the service: a child no longer on roll at a school with no new school (heard on a
 * call or recorded by an admin) has the placement ended, the authority told at once and a place on the extranet's
 * "Not on roll" list; a child who joins gets "introduction to the service" letters for carers and a young person of
 * 16 or over, emailed or queued for printing. ADR 0030 says why it is built this way.
 */
package org.rollcall.enrolment;
