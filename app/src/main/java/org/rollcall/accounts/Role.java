package org.rollcall.accounts;

public enum Role {
    OPERATOR("Operator"),
    SUPERVISOR("Supervisor"),
    QA("QA reviewer"),
    ADMIN("Administrator"),
    AUTHORITY("Authority user"),
    API("API client");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** What screens show. */
    public String label() {
        return label;
    }
}
