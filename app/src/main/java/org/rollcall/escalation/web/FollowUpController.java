package org.rollcall.escalation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.rollcall.escalation.EscalationId;
import org.rollcall.escalation.FollowUpView;
import org.rollcall.escalation.FollowUps;
import org.rollcall.platform.web.BadRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** What followed marks: an authority's own escalations and their timelines; supervisors' open ones. */
@RestController
@RequestMapping("/api/v1/escalations")
class FollowUpController {

    /** @param from first day listed, @param to last day listed */
    record FollowUpList(LocalDate from, LocalDate to, List<FollowUpView> escalations) {
    }

    private final FollowUps followUps;
    private final Clock clock;

    FollowUpController(FollowUps followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @Operation(summary = "The caller's authority's escalations (carer calls, social-worker notices, exclusions) "
            + "with their timelines, for days from..to (default Rollcall's today)")
    @GetMapping
    FollowUpList mine(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = day(from, "from", today);
        LocalDate last = day(to, "to", first.isAfter(today) ? first : today);
        try {
            return new FollowUpList(first, last, followUps.forMyAuthority(first, last));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    @Operation(summary = "Every escalation still needing someone to act (supervisors and admins)")
    @GetMapping("/open")
    List<FollowUpView> open() {
        return followUps.open();
    }

    @Operation(summary = "One escalation with its timeline; only the child's authority and staff may read it")
    @GetMapping("/{id}")
    ResponseEntity<FollowUpView> one(@PathVariable String id) {
        return ResponseEntity.of(followUps.find(new EscalationId(BadRequestException.uuid(id, "an escalation id"))));
    }

    private static LocalDate day(String text, String name, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " '" + text + "' is not a date: use YYYY-MM-DD, for example "
                    + "2026-12-02");
        }
    }
}
