package org.rollcall.enrolment;

/** Where an introduction letter is; {@link #label()} is what screens show. */
public enum LetterStatus {
    /** In the outbox; its own status says whether it was sent. */
    EMAILED("Emailed"),
    TO_PRINT("To print"),
    PRINTED("Printed, to post"),
    POSTED("Posted");

    private final String label;

    LetterStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
