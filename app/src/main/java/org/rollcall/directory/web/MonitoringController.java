package org.rollcall.directory.web;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallFrequency;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.CohortRules;
import org.rollcall.directory.Directory;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Monitoring;
import org.rollcall.directory.MonitoringAdmin;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ScopeMode;
import org.rollcall.directory.ServiceScope;
import org.rollcall.platform.web.BadRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Admins set who each authority has monitored and how often; every refusal names the value and what is accepted. */
@RestController
@RequestMapping("/api/v1/admin")
class MonitoringController {

    record ScopeRequest(String mode, List<String> cohorts, List<String> pilot) {
    }

    record FrequencyRequest(String frequency, String weeklyDay, String reason) {
    }

    record MonitoringAnswer(String authority, String mode, List<Cohort> cohorts, Map<Cohort, CallFrequency> rules) {
    }

    private final Directory directory;
    private final Monitoring monitoring;
    private final MonitoringAdmin admin;

    MonitoringController(Directory directory, Monitoring monitoring, MonitoringAdmin admin) {
        this.directory = directory;
        this.monitoring = monitoring;
        this.admin = admin;
    }

    @Operation(summary = "An authority's service scope and how often each cohort is called")
    @GetMapping("/authorities/{laCode}/monitoring")
    MonitoringAnswer monitoring(@PathVariable String laCode) {
        AuthorityId authority = authority(laCode);
        ServiceScope scope = monitoring.serviceScope(authority);
        return new MonitoringAnswer(laCode, scope.mode().name(), scope.cohorts().stream().sorted().toList(),
                new TreeMap<>(monitoring.cohortRules(authority).frequencies()));
    }

    @Operation(summary = "Which children the authority has monitored: mode ALL, PILOT (with the pilot list of child "
            + "ids), IN_BOROUGH or OUT_OF_BOROUGH, and the cohorts LAC, POST_16, YOT, CME")
    @PutMapping("/authorities/{laCode}/service-scope")
    MonitoringAnswer serviceScope(@PathVariable String laCode, @RequestBody ScopeRequest request) {
        AuthorityId authority = authority(laCode);
        ScopeMode mode = parse(ScopeMode.class, request.mode(), "mode");
        if (request.cohorts() == null || request.cohorts().isEmpty()) {
            throw new BadRequestException("cohorts is required: one or more of " + names(Cohort.class));
        }
        Set<Cohort> cohorts = EnumSet.noneOf(Cohort.class);
        request.cohorts().forEach(c -> cohorts.add(parse(Cohort.class, c, "cohort")));
        if (mode == ScopeMode.PILOT && (request.pilot() == null || request.pilot().isEmpty())) {
            throw new BadRequestException("a PILOT scope needs the pilot list: \"pilot\": [child ids]");
        }
        List<ChildId> pilot = request.pilot() == null ? null : request.pilot().stream()
                .map(id -> new ChildId(BadRequestException.uuid(id, "a child id"))).toList();
        refused(() -> admin.setServiceScope(authority, new ServiceScope(mode, cohorts), pilot));
        return monitoring(laCode);
    }

    @Operation(summary = "How often each cohort is called, e.g. {\"POST_16\": \"DAILY\"}: DAILY, WEEKLY or "
            + "TWICE_DAILY; cohorts not named keep their rule")
    @PutMapping("/authorities/{laCode}/cohort-rules")
    MonitoringAnswer cohortRules(@PathVariable String laCode, @RequestBody Map<String, String> rules) {
        AuthorityId authority = authority(laCode);
        if (rules == null || rules.isEmpty()) {
            throw new BadRequestException("name at least one cohort and its frequency, e.g. {\"POST_16\": \"DAILY\"}");
        }
        CohortRules parsed = monitoring.cohortRules(authority);
        for (var rule : rules.entrySet()) {
            parsed = parsed.with(parse(Cohort.class, rule.getKey(), "cohort"),
                    parse(CallFrequency.class, rule.getValue(), "frequency of " + rule.getKey()));
        }
        CohortRules checked = parsed;
        refused(() -> checked.frequencies().forEach((cohort, frequency) ->
                admin.setCohortFrequency(authority, cohort, frequency)));
        return monitoring(laCode);
    }

    @Operation(summary = "Call a provision DAILY, or WEEKLY on a weekday (MONDAY to FRIDAY) with the reason; a daily "
            + "provision's weeklyDay is when its post-16 learners are collected")
    @PutMapping("/provisions/{id}/call-frequency")
    Map<String, String> callFrequency(@PathVariable String id, @RequestBody FrequencyRequest request) {
        ProvisionId provision = new ProvisionId(BadRequestException.uuid(id, "a provision id"));
        Frequency frequency = parse(Frequency.class, request.frequency(), "frequency");
        DayOfWeek day = request.weeklyDay() == null || request.weeklyDay().isBlank() ? null
                : parse(DayOfWeek.class, request.weeklyDay(), "weeklyDay");
        refused(() -> admin.setCallFrequency(provision, frequency, day, request.reason()));
        return Map.of("provision", id, "frequency", frequency.name(), "weeklyDay", day == null ? "" : day.name());
    }

    private AuthorityId authority(String laCode) {
        return directory.authorities().stream().filter(a -> a.laCode().equals(laCode)).findFirst()
                .map(a -> a.id()).orElseThrow(() -> new BadRequestException("no authority has LA number '" + laCode
                        + "': give the three-digit LA number of an authority Rollcall serves"));
    }

    private static void refused(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(what + " is required: one of " + names(type));
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(what + " '" + value + "' is not accepted: use one of " + names(type));
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
