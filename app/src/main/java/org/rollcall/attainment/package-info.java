/**
 * Attainment results heard on a school call (phonics check, multiplication tables check, key stage 2 tests, termly
 * teacher assessments, GCSE grades) for the authorities that buy it, each value checked against its own scale.
 */
package org.rollcall.attainment;
