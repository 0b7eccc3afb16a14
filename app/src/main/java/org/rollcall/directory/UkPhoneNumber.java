package org.rollcall.directory;

import java.util.regex.Pattern;

/**
 * A UK telephone number that Rollcall may dial, held in E.164 (+44 then 9 or 10 digits). Accepts the usual ways
 * people write them: 01632 960123, +44 (0)1632 960123, 0044 1632 960123.
 */
public record UkPhoneNumber(String e164) {

    // Geographic (01, 02), non-geographic (03), mobile (07) and freephone/special (08) ranges; not premium (09).
    private static final Pattern E164_UK = Pattern.compile("\\+44(?:[1-3][0-9]{8,9}|7[0-9]{9}|80[0-9]{7,8})");

    public UkPhoneNumber {
        if (e164 == null || !E164_UK.matcher(e164).matches()) {
            throw new IllegalArgumentException("'" + e164 + "' is not a valid UK telephone number: expected a "
                    + "landline (01, 02, 03), mobile (07) or 080 number such as 01632 960123 or +44 1632 960123");
        }
    }

    public static UkPhoneNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a telephone number is required, for example 01632 960123");
        }
        String compact = text.replaceAll("[\\s().-]", "").replace("+44(0)", "+44");
        if (compact.startsWith("+440")) {
            compact = "+44" + compact.substring(4);
        }
        String e164 = compact.startsWith("+") ? compact
                : compact.startsWith("0044") ? "+" + compact.substring(2)
                : compact.startsWith("0") ? "+44" + compact.substring(1)
                : compact;
        try {
            return new UkPhoneNumber(e164);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid UK telephone number: expected a "
                    + "landline (01, 02, 03), mobile (07) or 080 number such as 01632 960123 or +44 1632 960123");
        }
    }

    /**
     * The number as people in the UK write it: 07700 900123, 01632 960123, 029 2018 0000, 0161 496 0000,
     * 0300 123 4567 (Ofcom's groupings by the kind of number).
     */
    public String spoken() {
        String national = "0" + e164.substring(3);
        if (national.startsWith("02")) {
            return group(national, 3, 7);
        }
        boolean fourDigitArea = national.matches("01[0-9]1.*") || national.matches("011.*");
        if (fourDigitArea || national.startsWith("03") || national.startsWith("08") || national.startsWith("09")) {
            return group(national, 4, 7);
        }
        return group(national, 5, national.length());
    }

    private static String group(String digits, int first, int second) {
        if (digits.length() <= first) {
            return digits;
        }
        String rest = digits.substring(first);
        int split = second - first;
        return digits.substring(0, first) + " " + (rest.length() > split && second < digits.length()
                ? rest.substring(0, split) + " " + rest.substring(split) : rest);
    }

    @Override
    public String toString() {
        return e164;
    }
}
