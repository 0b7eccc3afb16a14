package org.rollcall.extranet.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.rollcall.calls.CallId;
import org.rollcall.extranet.AttendanceRow;
import org.rollcall.extranet.CallDetail;
import org.rollcall.extranet.ExtranetService;
import org.rollcall.platform.ClockMode;
import org.rollcall.platform.web.BadRequestException;
import org.rollcall.platform.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** REST API v1: attendance for authority systems (Bearer token), call detail for QA and admin staff. */
@RestController
@RequestMapping("/api/v1")
class ApiController {

    /**
     * @param date the day these marks are for
     * @param today Rollcall's today, which a demo or test clock may set apart from the wall clock's
     * @param clock how Rollcall's clock differs from the wall clock (e.g. "weekend shown as Monday"); null when not
     */
    record AttendanceResponse(LocalDate date, LocalDate today, String clock, List<AttendanceRow> children) {
    }

    private final ExtranetService extranet;
    private final Clock clock;
    private final ClockMode clockMode;

    ApiController(ExtranetService extranet, Clock clock, ClockMode clockMode) {
        this.extranet = extranet;
        this.clock = clock;
        this.clockMode = clockMode;
    }

    @Operation(summary = "Marks and absence reasons of the token's authority's children on a day (default "
            + "Rollcall's today); the answer names the day it is for")
    @GetMapping("/attendance")
    AttendanceResponse attendance(@RequestParam(required = false) String date) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = date == null || date.isBlank() ? today : parseDate(date);
        return new AttendanceResponse(day, today, clockMode.notice().orElse(null), extranet.attendance(day));
    }

    @Operation(summary = "A call with its provision, operator, times, outcome, recording and the marks taken")
    @GetMapping("/calls/{id}")
    CallDetail call(@PathVariable String id) {
        return extranet.call(new CallId(BadRequestException.uuid(id, "a call id"))).orElseThrow(() ->
                new NotFoundException("there is no call with id " + id));
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("date '" + text + "' is not valid: use YYYY-MM-DD, for example "
                    + "2026-11-23");
        }
    }
}
