package org.rollcall.extranet.web;

import java.time.Clock;

import org.rollcall.extranet.AuthorityApiItems.AbsenceItem;
import org.rollcall.extranet.AuthorityApiItems.ChildItem;
import org.rollcall.extranet.AuthorityApiItems.ExclusionItem;
import org.rollcall.extranet.AuthorityApiItems.MarkItem;
import org.rollcall.extranet.AuthorityApiItems.StatisticsPage;
import org.rollcall.extranet.AuthorityData;
import org.rollcall.platform.web.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * API v1 for authority systems (Bearer API token): the token's own authority only. Lists are paged ({@code page}
 * from 0, {@code size} 1–500, default 100) in a stable order; periods are {@code from}–{@code to} inclusive, at most
 * 31 days, defaulting to Rollcall's today. Parameters are read as text so a bad one is named in a 400.
 */
@RestController
@RequestMapping("/api/v1")
class AuthorityApiController {

    private static final String PAGE = "Page from 0 (default 0)";
    private static final String SIZE = "Items per page, 1 to 500 (default 100)";
    private static final String FROM = "First day, YYYY-MM-DD (default Rollcall's today)";
    private static final String TO = "Last day, YYYY-MM-DD, at most 30 days after from (default from)";

    private final AuthorityData data;
    private final Clock clock;

    AuthorityApiController(AuthorityData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Operation(summary = "The authority's children with their school today and its nation, by last and first name")
    @GetMapping("/children")
    Page<ChildItem> children(@Parameter(description = PAGE) @RequestParam(required = false) String page,
                             @Parameter(description = SIZE) @RequestParam(required = false) String size) {
        return data.children(ApiParameters.page(page, size));
    }

    @Operation(summary = "Current marks of the authority's children over a period, by day, child id and session")
    @GetMapping("/marks")
    Page<MarkItem> marks(@Parameter(description = FROM) @RequestParam(required = false) String from,
                         @Parameter(description = TO) @RequestParam(required = false) String to,
                         @Parameter(description = PAGE) @RequestParam(required = false) String page,
                         @Parameter(description = SIZE) @RequestParam(required = false) String size) {
        return data.marks(ApiParameters.period(from, to, clock), ApiParameters.page(page, size));
    }

    @Operation(summary = "Authorised and unauthorised absences over a period with the school's reason and, for an "
            + "unauthorised absence, the carer's")
    @GetMapping("/absences")
    Page<AbsenceItem> absences(@Parameter(description = FROM) @RequestParam(required = false) String from,
                               @Parameter(description = TO) @RequestParam(required = false) String to,
                               @Parameter(description = PAGE) @RequestParam(required = false) String page,
                               @Parameter(description = SIZE) @RequestParam(required = false) String size) {
        return data.absences(ApiParameters.period(from, to, clock), ApiParameters.page(page, size));
    }

    @Operation(summary = "Exclusions over a period with their letter: requested, received, overdue, not requested "
            + "or withdrawn")
    @GetMapping("/exclusions")
    Page<ExclusionItem> exclusions(@Parameter(description = FROM) @RequestParam(required = false) String from,
                                   @Parameter(description = TO) @RequestParam(required = false) String to,
                                   @Parameter(description = PAGE) @RequestParam(required = false) String page,
                                   @Parameter(description = SIZE) @RequestParam(required = false) String size) {
        return data.exclusions(ApiParameters.period(from, to, clock), ApiParameters.page(page, size));
    }

    @Operation(summary = "Sessions possible, present, approved activity, authorised and unauthorised absent and "
            + "attendance % over a period: the authority's total and a page of children, by child id")
    @GetMapping("/statistics")
    StatisticsPage statistics(@Parameter(description = FROM) @RequestParam(required = false) String from,
                              @Parameter(description = TO) @RequestParam(required = false) String to,
                              @Parameter(description = PAGE) @RequestParam(required = false) String page,
                              @Parameter(description = SIZE) @RequestParam(required = false) String size) {
        return data.statistics(ApiParameters.period(from, to, clock), ApiParameters.page(page, size));
    }
}
