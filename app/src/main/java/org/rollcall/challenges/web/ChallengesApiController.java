package org.rollcall.challenges.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.rollcall.challenges.ChallengeRecord;
import org.rollcall.challenges.Challenges;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Directory;
import org.rollcall.platform.web.DateRange;
import org.rollcall.platform.web.NotFoundException;
import org.rollcall.platform.web.Page;
import org.rollcall.platform.web.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * API v1: the questions operators put to schools about an authority's children and what the schools said, paged like
 * the other v1 lists. Only the authority's own users and tokens may read it.
 */
@RestController
class ChallengesApiController {

    /** @param outcome UPHELD, CHANGED or SCHOOL_WILL_CHECK; {@code outcomeText} says it in words */
    record ChallengeItem(String id, String markId, String childId, String provisionId, LocalDate date,
                         String session, String rule, String ruleLabel, String question, String outcome,
                         String outcomeText, String codeTypedFirst, String codeSaved, String callId,
                         String recordedBy, Instant recordedAt) {
    }

    private static final int MAX_DAYS = 31;

    private final Challenges challenges;
    private final Directory directory;
    private final Clock clock;

    ChallengesApiController(Challenges challenges, Directory directory, Clock clock) {
        this.challenges = challenges;
        this.directory = directory;
        this.clock = clock;
    }

    @Operation(summary = "Challenges over a period (from–to inclusive, at most 31 days, default Rollcall's today), "
            + "by day, child and session")
    @GetMapping("/api/v1/authorities/{id}/challenges")
    Page<ChallengeItem> list(@PathVariable String id,
                             @Parameter(description = "First day, YYYY-MM-DD") @RequestParam(required = false)
                             String from,
                             @Parameter(description = "Last day, YYYY-MM-DD") @RequestParam(required = false)
                             String to,
                             @Parameter(description = "Page from 0 (default 0)") @RequestParam(required = false)
                             String page,
                             @Parameter(description = "Items per page, 1 to 500 (default 100)")
                             @RequestParam(required = false) String size) {
        AuthorityId authority = directory.authorityNamed(id).orElseThrow(() -> NotFoundException.authority(id)).id();
        DateRange days = DateRange.parse(from, to, MAX_DAYS, clock);
        PageRequest request = PageRequest.parse(page, size);
        var items = challenges.forAuthority(authority, days.from(), days.to(), request.offset(), request.size()).stream()
                .map(ChallengesApiController::item).toList();
        return Page.of(items, request, challenges.countForAuthority(authority, days.from(), days.to()));
    }

    private static ChallengeItem item(ChallengeRecord r) {
        return new ChallengeItem(r.id().toString(), r.markId().toString(), r.childId().toString(),
                r.provisionId().toString(), r.date(), r.session().name(), r.kind().slug(), r.kind().label(),
                r.question(), r.outcome().name(), r.outcomeText(), r.codeTypedFirst(), r.codeSaved(),
                r.callId() == null ? null : r.callId().toString(), r.recordedBy(), r.recordedAt());
    }

}
