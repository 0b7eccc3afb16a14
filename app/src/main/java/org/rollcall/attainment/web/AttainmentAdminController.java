package org.rollcall.attainment.web;

import org.rollcall.accounts.Accounts;
import org.rollcall.attainment.Results;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.Directory;
import org.rollcall.platform.web.BadRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Admins switch attainment collection on for the authorities that buy it (off by default); each switch audited. */
@RestController
@RequestMapping("/api/v1/admin/authorities/{authority}/attainment")
class AttainmentAdminController {

    record AttainmentRequest(Boolean collects) {
    }

    record AttainmentAnswer(String authorityId, String laCode, String authority, boolean collects) {
    }

    private final Directory directory;
    private final Results results;
    private final Accounts accounts;

    AttainmentAdminController(Directory directory, Results results, Accounts accounts) {
        this.directory = directory;
        this.results = results;
        this.accounts = accounts;
    }

    @Operation(summary = "Whether the authority (id or LA number) collects attainment results on its calls")
    @GetMapping
    AttainmentAnswer get(@PathVariable String authority) {
        AuthoritySummary a = AuthorityLookup.find(directory, authority);
        return new AttainmentAnswer(a.id().toString(), a.laCode(), a.name(), results.collectsAttainment(a.id()));
    }

    @Operation(summary = "Switch attainment collection on or off for the authority: {\"collects\": true}")
    @PutMapping
    AttainmentAnswer put(@PathVariable String authority, @RequestBody(required = false) AttainmentRequest request) {
        if (request == null || request.collects() == null) {
            throw new BadRequestException("collects is required: {\"collects\": true} or {\"collects\": false}");
        }
        AuthoritySummary a = AuthorityLookup.find(directory, authority);
        results.setCollectsAttainment(a.id(), request.collects(), accounts.caller().name());
        return get(authority);
    }
}
