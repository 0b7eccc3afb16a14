/**
 * Challenges (ADR 0024): each authority's rules, stored as data, that flag a doubtful mark as the operator types it
 * and put a question to the school; the outcome (upheld, changed, the school will check) is stored with the mark in
 * the same transaction and reported to the authority.
 */
package org.rollcall.challenges;
