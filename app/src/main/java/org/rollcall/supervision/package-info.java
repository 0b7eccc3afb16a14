/**
 * The supervisor's live view of the day (ADR 0031): operators and their states, the queue of due calls with those at
 * risk of missing their window, missed and unreached schools, open follow-ups, telephony health and the day's
 * figures, pushed to open wallboards (throttled), with the supervisor's actions on calls and operators, which live
 * in {@code calls} ({@code SupervisorActions}). Nothing depends on this module.
 */
package org.rollcall.supervision;
