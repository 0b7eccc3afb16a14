package org.rollcall.platform;

import java.util.regex.Pattern;

/**
 * One plain email address such as {@code name@example.org}: no display name, no list, no line breaks. Stricter than
 * RFC 5322 on purpose: addresses come from people typing them, and a mistyped one should be caught when entered.
 */
public record EmailAddress(String value) {

    // Local part of ordinary characters (dots not first, last or doubled), a domain of labels with a dot in it.
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an email address is required, such as name@example.org");
        }
        if (value.length() > 254 || !ADDRESS.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an email address: use one address such as "
                    + "name@example.org (no name, spaces or list)");
        }
    }

    /** Accepts surrounding spaces, which people paste by accident. */
    public static EmailAddress parse(String text) {
        return new EmailAddress(text == null ? null : text.strip());
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
