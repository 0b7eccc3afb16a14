package org.rollcall.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The columns a file must have (in any order, headers matched ignoring case and extra spaces) and those it may have.
 * Names are given as the template writes them, e.g. "date of birth".
 */
public record TabularColumns(List<String> required, List<String> optional) {

    public TabularColumns {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
        if (required.isEmpty()) {
            throw new IllegalArgumentException("a file needs at least one required column");
        }
    }

    public static TabularColumns of(String... required) {
        return new TabularColumns(List.of(required), List.of());
    }

    public TabularColumns withOptional(String... more) {
        List<String> all = new ArrayList<>(optional);
        all.addAll(List.of(more));
        return new TabularColumns(required, all);
    }

    /** Required then optional, in template order. */
    public List<String> all() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }

    /** The form a header is compared in: trimmed, lower case, runs of spaces as one, no byte-order mark. */
    static String normalise(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
