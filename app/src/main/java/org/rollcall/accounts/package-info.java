/** Users, roles, authority scoping, API tokens, the audit log and Spring Security set-up. */
package org.rollcall.accounts;
