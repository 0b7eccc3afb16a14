package org.rollcall.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Matches a file's header row against the expected columns: missing, unknown and repeated columns are named, so the
 * person importing can fix the header in one go.
 */
final class HeaderMap {

    private final Map<Integer, String> columnAt = new LinkedHashMap<>();
    private final List<FileProblem> problems = new ArrayList<>();

    /**
     * @param headers the header cells by position (null or blank for an empty cell)
     * @param where names a position for messages ("column 3", "cell C1")
     */
    HeaderMap(int headerLine, Map<Integer, String> headers, TabularColumns expected, IntFunction<String> where) {
        Map<String, String> known = new LinkedHashMap<>();
        for (String name : expected.all()) {
            known.put(TabularColumns.normalise(name), name);
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> header : headers.entrySet()) {
            String normal = TabularColumns.normalise(header.getValue());
            if (normal.isEmpty()) {
                continue; // an empty header cell: only a problem if values sit under it (checked per row)
            }
            String name = known.get(normal);
            if (name == null) {
                problems.add(new FileProblem(headerLine, header.getValue().strip(), "the column \""
                        + header.getValue().strip() + "\" (" + where.apply(header.getKey()) + ") is not one "
                        + "Rollcall reads: remove it or correct its name; the columns are: " + list(expected.all())));
            } else if (seen.containsKey(normal)) {
                problems.add(new FileProblem(headerLine, name, "the column \"" + name + "\" appears twice ("
                        + where.apply(seen.get(normal)) + " and " + where.apply(header.getKey())
                        + "): keep one"));
            } else {
                seen.put(normal, header.getKey());
                columnAt.put(header.getKey(), name);
            }
        }
        for (String name : expected.required()) {
            if (!seen.containsKey(TabularColumns.normalise(name))) {
                problems.add(new FileProblem(headerLine, name, "the column \"" + name + "\" is missing; the "
                        + "first line must name the columns: " + list(expected.all())));
            }
        }
    }

    List<FileProblem> problems() {
        return problems;
    }

    /** The template's name of the column at this position, or null when the file has no (known) header there. */
    String columnAt(int position) {
        return columnAt.get(position);
    }

    static String list(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }
}
