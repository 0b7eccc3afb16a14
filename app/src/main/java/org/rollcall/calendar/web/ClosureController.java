package org.rollcall.calendar.web;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.rollcall.calendar.CalendarAdmin;
import org.rollcall.calendar.CalendarInputException;
import org.rollcall.calendar.CalendarNotFoundException;
import org.rollcall.calendar.ClosedSessions;
import org.rollcall.calendar.Closure;
import org.rollcall.calendar.ClosureId;
import org.rollcall.calendar.ClosureReason;
import org.rollcall.calendar.NewClosure;
import org.rollcall.directory.ProvisionId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Closures for admins: record one (its sessions are marked #), withdraw one entered in error, list them. */
@RestController
@RequestMapping("/api/v1/admin")
class ClosureController {

    /** What an admin sends: every field as text, so each bad one can be named. */
    record ClosureRequest(String provisionId, String from, String to, String sessions, String reason, String note) {
    }

    record ClosureView(UUID id, UUID provisionId, String provision, LocalDate from, LocalDate to, ClosedSessions sessions,
                       String sessionsLabel, ClosureReason reason, String reasonLabel, String note, String recordedBy,
                       Instant recordedAt, boolean withdrawn, String withdrawnBy, Instant withdrawnAt,
                       List<LocalDate> schoolDays) {

        static ClosureView of(Closure c) {
            return new ClosureView(c.id().value(), c.provision().value(), c.provisionName(), c.firstDay(),
                    c.lastDay(), c.sessions(), c.sessions().label(), c.reason(), c.reason().label(), c.note(),
                    c.recordedBy(), c.recordedAt(), !c.live(), c.withdrawnBy(), c.withdrawnAt(), c.schoolDays());
        }
    }

    private final CalendarAdmin calendar;

    ClosureController(CalendarAdmin calendar) {
        this.calendar = calendar;
    }

    @Operation(summary = "Record a closure (provisionId, from, to, sessions AM|PM|BOTH, reason INSET_DAY|"
            + "SEVERE_WEATHER|OTHER, note); its school-day sessions are marked # for every child expected there")
    @PostMapping("/closures")
    ResponseEntity<ClosureView> record(@RequestBody ClosureRequest request, Principal admin) {
        Closure closure = calendar.recordClosure(parse(request), admin.getName());
        return ResponseEntity.created(URI.create("/api/v1/admin/closures/" + closure.id()))
                .body(ClosureView.of(closure));
    }

    @Operation(summary = "A closure, live or withdrawn")
    @GetMapping("/closures/{id}")
    ClosureView closure(@PathVariable String id) {
        ClosureId closure = new ClosureId(uuid(id, "a closure id"));
        return calendar.closure(closure).map(ClosureView::of)
                .orElseThrow(() -> new CalendarNotFoundException("no closure with id " + id));
    }

    @Operation(summary = "Withdraw a closure entered in error; its # marks are withdrawn too (kept in history)")
    @DeleteMapping("/closures/{id}")
    ClosureView withdraw(@PathVariable String id, Principal admin) {
        return ClosureView.of(calendar.withdrawClosure(new ClosureId(uuid(id, "a closure id")), admin.getName()));
    }

    @Operation(summary = "A provision's closures, live and withdrawn, latest first")
    @GetMapping("/provisions/{id}/closures")
    List<ClosureView> closures(@PathVariable String id) {
        return calendar.closures(new ProvisionId(uuid(id, "a provision id"))).stream().map(ClosureView::of)
                .toList();
    }

    /** Names every bad field at once; the rules that need the calendar are checked by the service. */
    private static NewClosure parse(ClosureRequest r) {
        if (r == null) {
            throw new CalendarInputException("the request has no body: send JSON with provisionId, from, to, "
                    + "sessions, reason and optionally note");
        }
        List<String> problems = new ArrayList<>();
        ProvisionId provision = field(problems, () -> r.provisionId() == null || r.provisionId().isBlank()
                ? fail("provisionId is required: the id of the provision that is closed")
                : new ProvisionId(uuid(r.provisionId(), "a provision id")));
        LocalDate from = field(problems, () -> date("from", r.from()));
        LocalDate to = field(problems, () -> date("to", r.to()));
        ClosedSessions sessions = field(problems, () -> ClosedSessions.parse(r.sessions()));
        ClosureReason reason = field(problems, () -> ClosureReason.parse(r.reason()));
        if (!problems.isEmpty()) {
            throw new CalendarInputException("the closure was refused and nothing was stored", problems);
        }
        return new NewClosure(provision, from, to, sessions, reason, r.note());
    }

    private static <T> T field(List<String> problems, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (CalendarInputException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return fail(field + " is required: give a date as YYYY-MM-DD, for example 2027-02-03");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return fail(field + " '" + text + "' is not a date: use YYYY-MM-DD, for example 2027-02-03");
        }
    }

    private static UUID uuid(String text, String what) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new CalendarInputException("'" + text + "' is not " + what + ": expected a UUID such as "
                    + "3f2b8c9e-4d1a-4c2b-9f3e-2a1b0c9d8e7f");
        }
    }

    private static <T> T fail(String message) {
        throw new CalendarInputException(message);
    }
}
