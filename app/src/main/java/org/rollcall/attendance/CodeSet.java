package org.rollcall.attendance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rollcall.directory.Nation;

/** A nation's versioned set of attendance codes. */
public record CodeSet(String id, Nation nation, List<AttendanceCode> codes) {

    public Optional<AttendanceCode> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return codes.stream().filter(c -> c.code().equals(wanted)).findFirst();
    }

    public Map<String, AttendanceCode> byCode() {
        return codes.stream().collect(Collectors.toMap(AttendanceCode::code, Function.identity()));
    }

    /** What people call the set: "England codes" or "Welsh codes". */
    public String label() {
        return label(nation);
    }

    public static String label(Nation nation) {
        return switch (nation) {
            case ENGLAND -> "England codes";
            case WALES -> "Welsh codes";
        };
    }

    /**
     * The codes of each category, in the category's order: symbols first (the present marks / and \), then letters
     * alphabetically, as an operator scans for one.
     */
    public Map<CodeCategory, List<String>> byCategory() {
        Map<CodeCategory, List<String>> grouped = new EnumMap<>(CodeCategory.class);
        codes.stream().sorted(Comparator.comparing((AttendanceCode c) -> Character.isLetter(c.code().charAt(0)))
                        .thenComparing(AttendanceCode::code))
                .forEach(c -> grouped.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c.code()));
        return grouped;
    }

    /** Every code, in the marks grid legend's order (a refusal lists them so): "/ \ L B K P V W C C1 …". */
    public String codeList() {
        return byCategory().values().stream().flatMap(List::stream).collect(Collectors.joining(" "));
    }
}
