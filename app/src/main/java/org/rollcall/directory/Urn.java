package org.rollcall.directory;

/** DfE Unique Reference Number of a school (Get Information About Schools): six digits. */
public record Urn(String value) {

    public Urn {
        if (value == null || !value.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("URN '" + value + "' is not valid: expected six digits, as shown on "
                    + "Get Information About Schools, for example 100000");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
