package org.rollcall.calendar.web;

import java.io.ByteArrayInputStream;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.rollcall.calendar.BankHoliday;
import org.rollcall.calendar.BankHolidayVersion;
import org.rollcall.calendar.BankHolidays;
import org.rollcall.calendar.CalendarAdmin;
import org.rollcall.directory.Nation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Bank holidays for admins: upload GOV.UK's file as a new version, read the version in force. */
@RestController
@RequestMapping("/api/v1/admin/bank-holidays")
class BankHolidayController {

    record Version(int version, String source, String importedBy, Instant importedAt, Map<Nation, Integer> counts) {

        static Version of(BankHolidayVersion v) {
            return new Version(v.number(), v.source(), v.importedBy(), v.importedAt(), v.counts());
        }
    }

    record Day(LocalDate date, String title) {

        static Day of(BankHoliday h) {
            return new Day(h.date(), h.title());
        }
    }

    record InForce(Version version, Map<Nation, List<Day>> dates, List<Version> versions) {
    }

    private final CalendarAdmin calendar;

    BankHolidayController(CalendarAdmin calendar) {
        this.calendar = calendar;
    }

    @Operation(summary = "Store GOV.UK's bank-holidays.json (the body) as the new version in force; older versions "
            + "are kept")
    @PutMapping
    Version upload(@RequestBody byte[] json, @RequestParam(required = false) String source, Principal admin) {
        return Version.of(calendar.importBankHolidays(new ByteArrayInputStream(json), source, admin.getName()));
    }

    @Operation(summary = "The bank holidays in force per nation, with every version")
    @GetMapping
    InForce inForce() {
        BankHolidays holidays = calendar.bankHolidays();
        Map<Nation, List<Day>> dates = new java.util.EnumMap<>(Nation.class);
        holidays.dates().forEach((nation, days) -> dates.put(nation, days.stream().map(Day::of).toList()));
        return new InForce(Version.of(holidays.version()), dates,
                calendar.bankHolidayVersions().stream().map(Version::of).toList());
    }
}
