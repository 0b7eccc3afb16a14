package org.rollcall.accounts;

public enum Role {
    OPERATOR, SUPERVISOR, QA, ADMIN, AUTHORITY, API;

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
