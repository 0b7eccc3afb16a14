package org.rollcall.challenges.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.rollcall.challenges.ChallengeRule;
import org.rollcall.challenges.ChallengeRules;
import org.rollcall.challenges.RuleKind;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.Directory;
import org.rollcall.platform.web.BadRequestException;
import org.rollcall.platform.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * Admins switch an authority's challenge rules on and off, set their parameter and the question put to the school.
 * The authority is named by its id or its LA number.
 */
@RestController
@RequestMapping("/api/v1/admin/authorities/{id}/challenge-rules")
class ChallengeRulesController {

    /**
     * @param enabled required: true or false
     * @param parameter null for the shipped value (kinds without one take none)
     * @param question null or blank for the shipped words; may name {child}, {code}, {description}, {session}, {n}
     */
    record RuleBody(Boolean enabled, Integer parameter, String question) {
    }

    /** @param parameterMeans what the parameter counts, null for a kind without one */
    record RuleView(String kind, String label, boolean enabled, Integer parameter, String parameterMeans,
                    Integer parameterMin, Integer parameterMax, String question, boolean shipped) {
    }

    private final ChallengeRules rules;
    private final Directory directory;

    ChallengeRulesController(ChallengeRules rules, Directory directory) {
        this.rules = rules;
        this.directory = directory;
    }

    @Operation(summary = "Every challenge rule of the authority: on or off, parameter and question (all off until an "
            + "admin switches them on)")
    @GetMapping
    List<RuleView> list(@PathVariable String id) {
        return rules.rules(authority(id).id()).stream().map(ChallengeRulesController::view).toList();
    }

    @Operation(summary = "Set one rule: enabled (required), parameter (within the kind's range) and question")
    @PutMapping("/{kind}")
    RuleView put(@PathVariable String id, @PathVariable String kind, @RequestBody(required = false) RuleBody body,
                 Principal caller) {
        AuthorityId authority = authority(id).id();
        RuleKind k = RuleKind.parse(kind).orElseThrow(() -> new BadRequestException("unknown rule kind '" + kind
                + "': use one of " + RuleKind.accepted()));
        if (body == null || body.enabled() == null) {
            throw new BadRequestException("enabled is required: true to switch the rule on, false to switch it off");
        }
        try {
            return view(rules.set(authority, k, body.enabled(), body.parameter(), body.question(), caller.getName()));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private AuthoritySummary authority(String id) {
        return directory.authorities().stream()
                .filter(a -> a.laCode().equals(id) || a.id().value().toString().equalsIgnoreCase(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("no authority with id or LA number '" + id + "'"));
    }

    private static RuleView view(ChallengeRule r) {
        RuleKind k = r.kind();
        boolean takes = k.parameter().isPresent();
        return new RuleView(k.slug(), k.label(), r.enabled(), r.parameter(), k.parameter().orElse(null),
                takes ? k.min() : null, takes ? k.max() : null, r.question(), r.shipped());
    }
}
