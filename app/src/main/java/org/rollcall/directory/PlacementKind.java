package org.rollcall.directory;

/** On roll at the provision, or attending it as an alternative provision while on roll elsewhere. */
public enum PlacementKind {
    ON_ROLL("On roll"),
    ALTERNATIVE("Alternative provision");

    private final String label;

    PlacementKind(String label) {
        this.label = label;
    }

    /** What screens show. */
    public String label() {
        return label;
    }
}
