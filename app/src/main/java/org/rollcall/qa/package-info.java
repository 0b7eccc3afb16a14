/**
 * QA of calls (ADR 0032): the calls list of any day with filters and SQL paging, the review page (recording,
 * timeline of marks, challenges and changes, scorecard, comments pinned to the recording, result), scorecard
 * templates, a review queue filled by a fair per-operator sample plus every call with a challenge or a correction,
 * and operators' own reviews.
 */
package org.rollcall.qa;
