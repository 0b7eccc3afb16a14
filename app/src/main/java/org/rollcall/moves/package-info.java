/**
 * School moves (issue 12, deliver 4): a child's new school recorded on a call or by an admin ends the old on-roll
 * placement and starts the new one, opens an "introduce the service" task for a school Rollcall does not call yet,
 * emails the authority's introduction letter to the new school, and has the new school's first call backdate the
 * child's marks from the start date. ADR 0029 says why it is built this way.
 */
package org.rollcall.moves;
