/**
 * Who saw which child (issue 16, ADR 0033): the admins' viewer over the audit log by child, user and period, with a
 * CSV export, and the audit of operators' and QA reviewers' views of children, which the workspace and the review
 * page record with one line each through the {@code child-views} named interface.
 */
package org.rollcall.oversight;
