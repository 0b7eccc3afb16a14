package org.rollcall.calendar;

import java.util.List;

/** What a term-date file stored: per authority it named, how many terms now replace the ones it had. */
public record TermDatesImported(String source, List<Stored> authorities) {

    public record Stored(String laCode, String authority, int terms) {
    }

    public TermDatesImported {
        authorities = List.copyOf(authorities);
    }

    public int terms() {
        return authorities.stream().mapToInt(Stored::terms).sum();
    }
}
