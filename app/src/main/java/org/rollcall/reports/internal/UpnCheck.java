package org.rollcall.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.rollcall.directory.Upn;

/**
 * What is wrong with a UPN as held (DOMAIN.md, SSDA903): missing, malformed, a wrong check letter, or an LA number
 * (characters 2–4) that is not the authority's. Held UPNs are read as stored, so one that slipped past input checks
 * (an import, an old record) is found here. Duplicates need every child's UPN: {@link #normalised} is their key.
 */
final class UpnCheck {

    static final String MISSING = "No UPN: collect it from the school";
    private static final Pattern SHAPE = Pattern.compile("[A-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]");

    private UpnCheck() {
    }

    /** Upper case without spaces, the form two records of one UPN share; null when there is none. */
    static String normalised(String upn) {
        if (upn == null || upn.isBlank()) {
            return null;
        }
        return upn.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** The problems of one UPN for an authority whose LA number is {@code laCode}; empty when it is sound. */
    static List<String> problems(String upn, String laCode) {
        String value = normalised(upn);
        if (value == null) {
            return List.of(MISSING);
        }
        if (!SHAPE.matcher(value).matches()) {
            return List.of("Malformed (" + value + "): a UPN is a check letter then 12 digits, the last of which may "
                    + "be a letter other than I, O or S");
        }
        List<String> problems = new ArrayList<>();
        char expected = Upn.withCheckLetter(value.substring(1)).charAt(0);
        if (value.charAt(0) != expected) {
            problems.add("Check letter wrong: " + value.charAt(0) + " where the digits need " + expected);
        }
        String la = value.substring(1, 4);
        if (!la.equals(laCode)) {
            problems.add("LA number " + la + " is not this authority's (" + laCode + ")");
        }
        return problems;
    }
}
