package org.rollcall.calendar;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.rollcall.directory.ProvisionId;

/**
 * Keeps the calendar's data: bank holidays (versions of the GOV.UK file), term dates (CSV per authority) and
 * closures. Every write is all-or-nothing: refused input throws {@link CalendarInputException} listing every
 * problem, and nothing is stored. Who did it is a parameter (the REST API passes the signed-in admin; an operator's
 * screen passes the operator), not read from the security context.
 */
public interface CalendarAdmin {

    /** Stores a GOV.UK {@code bank-holidays.json} as the new version in force (admins). */
    BankHolidayVersion importBankHolidays(InputStream json, String source, String importedBy);

    /** The version in force and its dates per nation. */
    BankHolidays bankHolidays();

    /** Every version, newest first. */
    List<BankHolidayVersion> bankHolidayVersions();

    /**
     * Stores the terms of a CSV file ({@code la_code,term,starts_on,ends_on,half_term_starts_on,half_term_ends_on});
     * they replace all terms of each authority the file names (admins).
     */
    TermDatesImported importTermDates(InputStream csv, String source, String importedBy);

    /**
     * @throws CalendarNotFoundException for an LA code no authority has
     */
    AuthorityTerms terms(String laCode);

    /**
     * Records a closure and publishes {@link ProvisionClosed} (admins, supervisors, operators).
     *
     * @throws CalendarInputException for an unknown provision, or a range with no school day in it (saying why
     *     each day is not one)
     */
    Closure recordClosure(NewClosure closure, String recordedBy);

    /**
     * Withdraws a closure entered in error and publishes {@link ProvisionClosureWithdrawn}; withdrawing one already
     * withdrawn changes nothing (admins, supervisors, operators).
     *
     * @throws CalendarNotFoundException for an unknown closure
     */
    Closure withdrawClosure(ClosureId closure, String withdrawnBy);

    Optional<Closure> closure(ClosureId closure);

    /**
     * A provision's closures, live and withdrawn, latest first.
     *
     * @throws CalendarNotFoundException for an unknown provision
     */
    List<Closure> closures(ProvisionId provision);
}
