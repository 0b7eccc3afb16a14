package org.rollcall.calendar.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rollcall.calendar.AuthorityTerms;
import org.rollcall.calendar.BankHolidayVersion;
import org.rollcall.calendar.BankHolidays;
import org.rollcall.calendar.CalendarAdmin;
import org.rollcall.calendar.CalendarInputException;
import org.rollcall.calendar.CalendarNotFoundException;
import org.rollcall.calendar.Closure;
import org.rollcall.calendar.ClosureId;
import org.rollcall.calendar.NewClosure;
import org.rollcall.calendar.Term;
import org.rollcall.calendar.TermDatesImported;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ProvisionId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The calendar's admin service: owns the transactions and who may write. Reads are open to the other modules. */
@Service
@Transactional(readOnly = true)
class CalendarAdminService implements CalendarAdmin {

    private static final Logger log = LoggerFactory.getLogger(CalendarAdminService.class);

    private final JdbcBankHolidays bankHolidays;
    private final JdbcTerms terms;
    private final CalendarReads reads;
    private final ClosureBook closures;
    private final Directory directory;

    CalendarAdminService(JdbcBankHolidays bankHolidays, JdbcTerms terms, CalendarReads reads, ClosureBook closures,
                         Directory directory) {
        this.bankHolidays = bankHolidays;
        this.terms = terms;
        this.reads = reads;
        this.closures = closures;
        this.directory = directory;
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BankHolidayVersion importBankHolidays(InputStream json, String source, String importedBy) {
        ParsedBankHolidays parsed = BankHolidayParser.parse(json);
        BankHolidayVersion version = bankHolidays.store(parsed, sourceName(source, "bank-holidays.json"),
                who(importedBy));
        log.info("Bank holidays version {} from {} by {}: {}", version.number(), version.source(),
                version.importedBy(), version.counts());
        return version;
    }

    @Override
    public BankHolidays bankHolidays() {
        return bankHolidays.inForce().orElseThrow(() -> new IllegalStateException("no bank holidays are loaded"));
    }

    @Override
    public List<BankHolidayVersion> bankHolidayVersions() {
        return bankHolidays.versions();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public TermDatesImported importTermDates(InputStream csv, String source, String importedBy) {
        String by = who(importedBy);
        String file = sourceName(source, "term-dates.csv");
        Map<String, AuthoritySummary> byLaCode = directory.authorities().stream()
                .collect(Collectors.toMap(AuthoritySummary::laCode, Function.identity()));
        Map<String, List<Term>> parsed = new LinkedHashMap<>();
        for (TermDatesCsv.Row row : TermDatesCsv.parse(csv, byLaCode.keySet())) {
            parsed.computeIfAbsent(row.laCode(), la -> new ArrayList<>()).add(row.term());
        }
        List<TermDatesImported.Stored> stored = new ArrayList<>();
        parsed.forEach((laCode, authorityTerms) -> {
            AuthoritySummary authority = byLaCode.get(laCode);
            terms.replace(authority.id(), authorityTerms, file, by);
            stored.add(new TermDatesImported.Stored(laCode, authority.name(), authorityTerms.size()));
        });
        log.info("Term dates from {} by {}: {}", file, by, stored);
        return new TermDatesImported(file, stored);
    }

    @Override
    public AuthorityTerms terms(String laCode) {
        AuthoritySummary authority = directory.authorities().stream().filter(a -> a.laCode().equals(laCode))
                .findFirst().orElseThrow(() -> new CalendarNotFoundException("no authority with LA code '" + laCode
                        + "': give the three-digit LA number of an authority set up in Rollcall"));
        return new AuthorityTerms(authority.id(), authority.laCode(), authority.name(), authority.nation(),
                reads.terms(authority.id()));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'OPERATOR')")
    public Closure recordClosure(NewClosure closure, String recordedBy) {
        Closure recorded = closures.record(closure, recordedBy);
        log.info("Closure {} of {} recorded by {}: {} to {}, {}, school days {}", recorded.id(),
                recorded.provisionName(), recorded.recordedBy(), recorded.firstDay(), recorded.lastDay(),
                recorded.sessions(), recorded.schoolDays());
        return recorded;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'OPERATOR')")
    public Closure withdrawClosure(ClosureId closure, String withdrawnBy) {
        return closures.withdraw(closure, withdrawnBy);
    }

    @Override
    public Optional<Closure> closure(ClosureId closure) {
        return closures.find(closure);
    }

    @Override
    public List<Closure> closures(ProvisionId provision) {
        return closures.ofProvision(provision);
    }

    private static String who(String name) {
        if (name == null || name.isBlank()) {
            throw new CalendarInputException("who is importing is required: pass the user's name");
        }
        return name.strip();
    }

    private static String sourceName(String source, String fallback) {
        return source == null || source.isBlank() ? fallback : source.strip();
    }
}
