package org.rollcall.changes.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.rollcall.changes.ChangeRecord;
import org.rollcall.changes.Changes;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Directory;
import org.rollcall.platform.web.DateRange;
import org.rollcall.platform.web.NotFoundException;
import org.rollcall.platform.web.Page;
import org.rollcall.platform.web.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * API v1: changes heard on calls about an authority's children, paged like the other v1 lists (page from 0, size
 * 1–500, default 100), oldest first, over {@code from}–{@code to} inclusive (at most 31 days, default Rollcall's
 * today). {@code id} is the authority's id or LA number; another authority's is answered 404, as if it did not
 * exist.
 */
@RestController
@RequestMapping("/api/v1")
class ChangesApiController {

    /**
     * @param kind CARER, SOCIAL_WORKER, DESIGNATED_TEACHER, SEN, UPN, NOT_ON_ROLL or MOVED_SCHOOL
     * @param childId null for a change about the school (its designated teacher)
     * @param before what was on record, in words; null when nothing was
     * @param effectiveOn the last day on roll (not on roll), or starts at the new school on; else null
     */
    record ChangeItem(String id, String kind, String kindLabel, String childId, String child, String provisionId,
                      String provision, String callId, String madeBy, Instant madeAt, String before, String after,
                      LocalDate effectiveOn) {

        static ChangeItem of(ChangeRecord c) {
            return new ChangeItem(c.id().toString(), c.kind().name(), c.kind().label(),
                    c.child() == null ? null : c.child().toString(), c.childName(), c.provision().toString(),
                    c.provisionName(), c.callId() == null ? null : c.callId().toString(), c.madeBy(), c.madeAt(),
                    c.before(), c.after(), c.effectiveOn());
        }
    }

    private static final int MAX_DAYS = 31;

    private final Changes changes;
    private final Directory directory;
    private final Clock clock;

    ChangesApiController(Changes changes, Directory directory, Clock clock) {
        this.changes = changes;
        this.directory = directory;
        this.clock = clock;
    }

    @Operation(summary = "Changes heard on calls about the authority's children over a period (carer, social worker, "
            + "designated teacher, SEN, missing UPN, not on roll, moved school), with who, when and before/after")
    @GetMapping("/authorities/{id}/changes")
    Page<ChangeItem> changes(@Parameter(description = "The authority's id or LA number") @PathVariable String id,
                             @Parameter(description = "First day, YYYY-MM-DD (default Rollcall's today)")
                             @RequestParam(required = false) String from,
                             @Parameter(description = "Last day, YYYY-MM-DD, at most 30 days after from "
                                     + "(default from)") @RequestParam(required = false) String to,
                             @Parameter(description = "Page from 0 (default 0)")
                             @RequestParam(required = false) String page,
                             @Parameter(description = "Items per page, 1 to 500 (default 100)")
                             @RequestParam(required = false) String size) {
        // By id or, as the results list and the admin API take it, by LA number; another authority's is refused (403)
        // by the service, as the results and challenges lists do.
        AuthorityId authority = directory.authorityNamed(id).orElseThrow(() -> NotFoundException.authority(id)).id();
        DateRange days = DateRange.parse(from, to, MAX_DAYS, clock);
        Page<ChangeRecord> found = changes.ofAuthority(authority, days.from(), days.to(), PageRequest.parse(page, size));
        return new Page<>(found.items().stream().map(ChangeItem::of).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }

}
