package org.rollcall.accounts;

public enum Role {
    OPERATOR("Operator"),
    SUPERVISOR("Supervisor"),
    QA("QA reviewer"),
    ADMIN("Administrator"),
    AUTHORITY("Authority user"),
    API("API client"),
    /** A school's designated teacher, bound to one provision (ADR 0042); enters their looked-after pupils' marks. */
    DESIGNATED_TEACHER("Designated teacher");

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
