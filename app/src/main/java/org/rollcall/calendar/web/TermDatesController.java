package org.rollcall.calendar.web;

import java.io.ByteArrayInputStream;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.rollcall.calendar.AuthorityTerms;
import org.rollcall.calendar.CalendarAdmin;
import org.rollcall.calendar.Term;
import org.rollcall.calendar.TermDatesImported;
import org.rollcall.directory.Nation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Term and half-term dates for admins: import a CSV, read an authority's terms. */
@RestController
@RequestMapping("/api/v1/admin")
class TermDatesController {

    static final String FALLBACK = "no term dates loaded: every weekday that is not a bank holiday counts as a "
            + "school day for the provisions in this authority's area";
    static final String LOADED = "term days are school days (not half-terms or holidays between terms); before the "
            + "first term and after the last, every weekday that is not a bank holiday counts as a school day";

    record Terms(String laCode, String authority, Nation nation, boolean termDatesLoaded, LocalDate coveredFrom,
                 LocalDate coveredUntil, String rule, List<Term> terms) {

        static Terms of(AuthorityTerms t) {
            return new Terms(t.laCode(), t.authority(), t.nation(), t.termDatesLoaded(), t.coveredFrom(),
                    t.coveredUntil(), t.termDatesLoaded() ? LOADED : FALLBACK, t.terms());
        }
    }

    record Imported(String source, int terms, List<TermDatesImported.Stored> authorities) {
    }

    private final CalendarAdmin calendar;

    TermDatesController(CalendarAdmin calendar) {
        this.calendar = calendar;
    }

    @Operation(summary = "Import term dates (CSV: la_code,term,starts_on,ends_on,half_term_starts_on,"
            + "half_term_ends_on); replaces all terms of each authority the file names, or stores nothing")
    @PostMapping(path = "/term-dates", consumes = {"text/csv", "text/plain"})
    Imported importCsv(@RequestBody byte[] csv, @RequestParam(required = false) String source, Principal admin) {
        TermDatesImported imported = calendar.importTermDates(new ByteArrayInputStream(csv), source,
                admin.getName());
        return new Imported(imported.source(), imported.terms(), imported.authorities());
    }

    @Operation(summary = "An authority's terms and half-terms, by its three-digit LA number")
    @GetMapping("/authorities/{laCode}/term-dates")
    Terms terms(@PathVariable String laCode) {
        return Terms.of(calendar.terms(laCode));
    }
}
