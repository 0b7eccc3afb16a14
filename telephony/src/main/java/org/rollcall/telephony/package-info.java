/**
 * The Telephony port: place an agent-first call, hang up, and hear what happens.
 * Adapters live in sub-packages ({@code simulated}, {@code asterisk}, {@code twilio}) and keep their vendor
 * types to themselves; callers see only the types in this package.
 */
package org.rollcall.telephony;
