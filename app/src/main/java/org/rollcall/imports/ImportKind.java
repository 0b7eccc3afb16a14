package org.rollcall.imports;

/** What a bulk import file holds; {@link #label()} is what screens show. */
public enum ImportKind {
    PROVISIONS("Provisions (schools, PRUs, alternative provision) with call windows and contacts"),
    CHILDREN("Children with their school placement and contacts");

    private final String label;

    ImportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
