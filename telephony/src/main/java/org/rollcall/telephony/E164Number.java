package org.rollcall.telephony;

import java.util.regex.Pattern;

/** A telephone number in E.164 form: '+', a country code and at most 15 digits in all. */
public record E164Number(String value) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public E164Number {
        if (value == null || !E164.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an E.164 telephone number: expected '+' then "
                    + "the country code and number, 8 to 15 digits in all, for example +441632960123");
        }
    }

    /** The digits without the leading '+'. */
    public String digits() {
        return value.substring(1);
    }

    @Override
    public String toString() {
        return value;
    }
}
