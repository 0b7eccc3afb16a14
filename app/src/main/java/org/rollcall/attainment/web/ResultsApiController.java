package org.rollcall.attainment.web;

import java.time.Clock;
import java.time.Instant;

import org.rollcall.attainment.RecordedResult;
import org.rollcall.attainment.Results;
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
 * API v1: the attainment results recorded for an authority's children, paged like the other v1 lists. A token reads
 * its own authority only (another's is a 403); results are few, so a read may cover a whole year.
 */
@RestController
class ResultsApiController {

    static final int MAX_DAYS = 366;

    /**
     * @param assessment PHONICS, TABLES, KS2, TEACHER_ASSESSMENT or GCSE
     * @param value as recorded: a mark or score ("32", "104"), WTS/EXS/GDS, met/not met, or a GCSE grade
     * @param callId the call it was heard on; null when entered off a call
     */
    record ResultItem(String id, String childId, String assessment, String subject, String subjectName,
                      String value, String valueShown, String academicYear, String term, String callId,
                      Instant recordedAt, String recordedBy) {
    }

    private final Results results;
    private final Directory directory;
    private final Clock clock;

    ResultsApiController(Results results, Directory directory, Clock clock) {
        this.results = results;
        this.directory = directory;
        this.clock = clock;
    }

    @Operation(summary = "Attainment results recorded for the authority's children over a period, oldest first")
    @GetMapping("/api/v1/authorities/{authority}/results")
    Page<ResultItem> results(@Parameter(description = "The authority's id or LA number") @PathVariable String authority,
                             @Parameter(description = "First day recorded, YYYY-MM-DD (default Rollcall's today)")
                             @RequestParam(required = false) String from,
                             @Parameter(description = "Last day recorded, YYYY-MM-DD (default from; at most 366 "
                                     + "days)") @RequestParam(required = false) String to,
                             @Parameter(description = "Page from 0 (default 0)")
                             @RequestParam(required = false) String page,
                             @Parameter(description = "Items per page, 1 to 500 (default 100)")
                             @RequestParam(required = false) String size) {
        AuthorityId id = directory.authorityNamed(authority).orElseThrow(() -> NotFoundException.authority(authority))
                .id();
        PageRequest request = PageRequest.parse(page, size);
        DateRange days = DateRange.parse(from, to, MAX_DAYS, clock);
        Instant start = days.from().atStartOfDay(clock.getZone()).toInstant();
        Instant end = days.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        var items = results.page(id, start, end, request.offset(), request.size()).stream()
                .map(ResultsApiController::item).toList();
        return Page.of(items, request, results.count(id, start, end));
    }

    private static ResultItem item(RecordedResult r) {
        return new ResultItem(r.id().toString(), r.child().toString(), r.assessment().name(), r.subject().name(),
                r.subject().label(), r.value(), r.shown(), r.term().academicYear(), r.term().term().name(),
                r.call() == null ? null : r.call().toString(), r.recordedAt(), r.recordedBy());
    }

}
