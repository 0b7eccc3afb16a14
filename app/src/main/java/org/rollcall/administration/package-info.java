/**
 * Administration and onboarding (issue 14, ADRs 0041 and 0042): the administrators' screens that combine several
 * modules' data (an authority's identity, scope, escalation settings, retention and report emails; a provision's
 * details, windows, password, frequency and closures). Each section saves in one transaction through the owning
 * modules' public APIs and is audited with before and after in that transaction. Nothing depends on this module.
 */
package org.rollcall.administration;
