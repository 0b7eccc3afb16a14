package org.rollcall.apattendance;

/**
 * Why the AP says a child was absent; {@link #label()} is what screens and emails show. Refusing to attend and a
 * reason not known count as unauthorised (ADR 0028): they start the carer and social-worker follow-up at once.
 * Illness, a medical appointment and "other" do not: the school decides its own mark, and an unauthorised code it
 * gives starts the follow-up through the register as usual.
 */
public enum ApReason {
    ILLNESS("illness", false),
    MEDICAL("medical appointment", false),
    REFUSED("refused to attend", true),
    NOT_KNOWN("not known", true),
    OTHER("other", false);

    private final String label;
    private final boolean unauthorised;

    ApReason(String label, boolean unauthorised) {
        this.label = label;
        this.unauthorised = unauthorised;
    }

    public String label() {
        return label;
    }

    public boolean unauthorised() {
        return unauthorised;
    }
}
