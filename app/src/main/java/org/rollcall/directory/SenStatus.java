package org.rollcall.directory;

/** Special educational needs; {@link #label()} is what screens show. */
public enum SenStatus {
    NONE("No SEN"),
    SEN_SUPPORT("SEN support"),
    EHCP("EHC plan");

    private final String label;

    SenStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
