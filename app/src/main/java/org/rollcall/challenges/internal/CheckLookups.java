package org.rollcall.challenges.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rollcall.attendance.Attendance;
import org.rollcall.challenges.ChallengeRule;
import org.rollcall.challenges.ChallengeRules;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionPlace;

/**
 * What checking a batch of codes reads about their school and its authority, read once per batch: a call's marks
 * share one school, so the rules, the roll and the school's codes are the same for every child (ADR 0050).
 */
final class CheckLookups {

    private record Day(ProvisionId provision, LocalDate date) {
    }

    private record Span(ProvisionId provision, LocalDate from, LocalDate to) {
    }

    private final Directory directory;
    private final ChallengeRules rules;
    private final Attendance attendance;
    private final Map<ProvisionId, Optional<ProvisionPlace>> places = new HashMap<>();
    private final Map<Day, List<ExpectedChild>> expected = new HashMap<>();
    private final Map<AuthorityId, List<ChallengeRule>> rulesOn = new HashMap<>();
    private final Map<Span, Set<String>> codesUsed = new HashMap<>();

    CheckLookups(Directory directory, ChallengeRules rules, Attendance attendance) {
        this.directory = directory;
        this.rules = rules;
        this.attendance = attendance;
    }

    Optional<ProvisionPlace> place(ProvisionId provision) {
        return places.computeIfAbsent(provision, directory::provisionPlace);
    }

    List<ExpectedChild> childrenExpected(ProvisionId provision, LocalDate date) {
        return expected.computeIfAbsent(new Day(provision, date), d -> directory.childrenExpected(provision, date));
    }

    /** The authority's rules that are switched on. */
    List<ChallengeRule> rulesOn(AuthorityId authority) {
        return rulesOn.computeIfAbsent(authority,
                a -> rules.rules(a).stream().filter(ChallengeRule::enabled).toList());
    }

    Set<String> codesUsedAt(ProvisionId provision, LocalDate from, LocalDate to) {
        return codesUsed.computeIfAbsent(new Span(provision, from, to),
                s -> attendance.codesUsedAt(provision, from, to));
    }
}
