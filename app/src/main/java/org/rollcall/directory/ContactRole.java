package org.rollcall.directory;

/** Who a child's or provision's contact is; {@link #label()} is what screens show. */
public enum ContactRole {
    CARER("Carer"),
    SOCIAL_WORKER("Social worker"),
    DESIGNATED_TEACHER("Designated teacher");

    private final String label;

    ContactRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
