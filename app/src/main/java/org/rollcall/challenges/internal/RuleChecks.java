package org.rollcall.challenges.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.rollcall.attendance.AttendanceCode;
import org.rollcall.attendance.CodeCategory;
import org.rollcall.attendance.CodeSet;
import org.rollcall.attendance.Session;
import org.rollcall.challenges.Challenge;
import org.rollcall.challenges.ChallengeRule;
import org.rollcall.challenges.RuleKind;
import org.rollcall.challenges.TypedCode;

/**
 * The rules themselves, on facts gathered beforehand (no database, no Spring): which of an authority's switched-on
 * rules the typed code trips, with the question in the child's words.
 */
final class RuleChecks {

    static final int FOUR_WEEKS_DAYS = 28;
    static final String ILLNESS = "I";
    static final String LATE = "L";
    static final String OFF_SITE = "B";

    /**
     * What the rules look at besides the typed code.
     *
     * @param childName as the question names the child
     * @param sameCall the child's other codes typed on the call
     * @param history the child's current marks over the last weeks (a typed code stands over a stored one)
     * @param schoolCodes codes the school used for any child in the rare-code rule's weeks before the day
     * @param schoolHasHistory whether the school has any mark in those weeks (a new school has no "rare" code)
     * @param alternativeProvision whether the child has an alternative-provision placement that day
     */
    record Facts(String childName, CodeSet codes, List<TypedCode> sameCall, List<TypedCode> history,
                 Set<String> schoolCodes, boolean schoolHasHistory, boolean alternativeProvision) {
    }

    private RuleChecks() {
    }

    static List<Challenge> check(List<ChallengeRule> rules, TypedCode typed, Facts facts) {
        Optional<AttendanceCode> found = facts.codes().find(typed.code());
        if (found.isEmpty()) {
            return List.of();
        }
        AttendanceCode code = found.get();
        TreeMap<LocalDate, Map<Session, String>> days = days(typed, facts);
        List<Challenge> challenges = new ArrayList<>();
        for (ChallengeRule rule : rules) {
            if (rule.enabled() && trips(rule, code, typed, facts, days)) {
                challenges.add(new Challenge(rule.kind(), code.code(), words(rule, code, typed, facts)));
            }
        }
        return challenges;
    }

    private static boolean trips(ChallengeRule rule, AttendanceCode code, TypedCode typed, Facts facts,
                                 TreeMap<LocalDate, Map<Session, String>> days) {
        int n = rule.parameter() == null ? 0 : rule.parameter();
        return switch (rule.kind()) {
            case UNAUTHORISED_CODE -> code.category() == CodeCategory.UNAUTHORISED_ABSENCE;
            case B_WITHOUT_ALTERNATIVE_PROVISION -> code.code().equals(OFF_SITE) && !facts.alternativeProvision();
            case CONSECUTIVE_ILLNESS -> code.code().equals(ILLNESS) && illDaysInARow(typed.date(), days) >= n;
            case ILLNESS_IN_FOUR_WEEKS -> code.code().equals(ILLNESS)
                    && illSessions(typed.date().minusDays(FOUR_WEEKS_DAYS - 1), typed.date(), days) > n;
            case PM_PRESENT_AFTER_AM_ABSENCE -> typed.session() == Session.PM
                    && code.category() == CodeCategory.PRESENT && !code.code().equals(LATE)
                    && morningAbsent(facts.codes(), days.getOrDefault(typed.date(), Map.of()).get(Session.AM));
            case RARE_CODE -> facts.schoolHasHistory() && !facts.schoolCodes().contains(code.code());
        };
    }

    /**
     * Days with an illness mark, counting back from the typed day; a day with marks but no I ends the run. Days with
     * no mark at all (weekends, holidays, days the child is not called for) are stepped over: only school days that
     * Rollcall heard about count.
     */
    static int illDaysInARow(LocalDate day, TreeMap<LocalDate, Map<Session, String>> days) {
        int run = 0;
        for (var entry : days.headMap(day, true).descendingMap()
                .entrySet()) {
            if (!entry.getValue().containsValue(ILLNESS)) {
                break;
            }
            run++;
        }
        return run;
    }

    private static long illSessions(LocalDate from, LocalDate to, TreeMap<LocalDate, Map<Session, String>> days) {
        return days.subMap(from, true, to, true).values().stream()
                .flatMap(m -> m.values().stream()).filter(ILLNESS::equals).count();
    }

    private static boolean morningAbsent(CodeSet codes, String am) {
        return am != null && codes.find(am).map(c -> c.category().isAbsence()).orElse(false);
    }

    /** The child's codes by day and session: stored marks, then what is typed on the call over them. */
    private static TreeMap<LocalDate, Map<Session, String>> days(TypedCode typed, Facts facts) {
        TreeMap<LocalDate, Map<Session, String>> days = new TreeMap<>();
        List<TypedCode> all = new ArrayList<>(facts.history());
        all.addAll(facts.sameCall());
        all.add(typed);
        for (TypedCode t : all) {
            // An empty or unknown field on the call leaves the stored mark (if any) standing.
            facts.codes().find(t.code()).ifPresent(code -> days.computeIfAbsent(t.date(),
                    d -> new EnumMap<>(Session.class)).put(t.session(), code.code()));
        }
        return days;
    }

    static String words(ChallengeRule rule, AttendanceCode code, TypedCode typed, Facts facts) {
        return rule.question().replace("{child}", facts.childName()).replace("{code}", code.code())
                .replace("{description}", code.description())
                .replace("{session}", typed.session() == Session.AM ? "the morning" : "the afternoon")
                .replace("{n}", rule.parameter() == null ? "" : String.valueOf(rule.parameter()));
    }
}
