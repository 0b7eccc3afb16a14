/**
 * Corrections of marks from the QA review (issue 16, ADR 0033): QA or an admin corrects a mark with a reason, the
 * new mark supersedes the old one in {@code attendance} (history kept), the correction is audited before and after,
 * the authority sees it in the extranet and is emailed when the category changes. Existing modules reach it only
 * through the named interfaces of its {@code ui} components.
 */
package org.rollcall.corrections;
