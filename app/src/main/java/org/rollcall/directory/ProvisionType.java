package org.rollcall.directory;

/** What kind of place a provision is; {@link #label()} is what screens show. */
public enum ProvisionType {
    MAINSTREAM("Mainstream school"),
    PRU("Pupil referral unit"),
    RESIDENTIAL("Residential school"),
    ALTERNATIVE_PROVISION("Alternative provision"),
    POST_16("Post-16 provider");

    private final String label;

    ProvisionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
