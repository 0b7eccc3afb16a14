package org.rollcall.challenges.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.challenges.ChallengeRule;
import org.rollcall.challenges.ChallengeRules;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Directory;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionPlace;

/**
 * What checking a batch of codes reads about their school and its authority, read once per batch: a call's marks
 * share one school, so the rules, the roll and the school's codes are the same for every child (ADR 0050); and the
 * children's recent marks, read for all of them at once (ADR 0054).
 */
final class CheckLookups {

    private record Day(ProvisionId provision, LocalDate date) {
    }

    private record Span(ProvisionId provision, LocalDate from, LocalDate to) {
    }

    private record Window(LocalDate from, LocalDate to) {
    }

    /** The children a history read for a window covered, and what it found. */
    private record Histories(Set<ChildId> read, Map<ChildId, List<Mark>> marks) {
    }

    private final Directory directory;
    private final ChallengeRules rules;
    private final Attendance attendance;
    private final Map<ProvisionId, Optional<ProvisionPlace>> places = new HashMap<>();
    private final Map<Day, List<ExpectedChild>> expected = new HashMap<>();
    private final Map<AuthorityId, List<ChallengeRule>> rulesOn = new HashMap<>();
    private final Map<Span, Set<String>> codesUsed = new HashMap<>();
    private final Set<ChildId> batch = new LinkedHashSet<>();
    private final Map<Window, Histories> histories = new HashMap<>();

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

    /** The batch's children: the first history asked for reads all of theirs (ADR 0054). */
    void children(Collection<ChildId> children) {
        batch.addAll(children);
    }

    /** The child's current marks in the window: read with the batch's other children, once per window. */
    List<Mark> history(ChildId child, LocalDate from, LocalDate to) {
        Histories h = histories.get(new Window(from, to));
        if (h == null || !h.read().contains(child)) {
            Set<ChildId> wanted = new LinkedHashSet<>(h == null ? batch : Set.of());
            wanted.add(child);
            Map<ChildId, List<Mark>> found = attendance.currentMarks(wanted, from, to);
            if (h == null) {
                h = new Histories(new HashSet<>(), new HashMap<>());
                histories.put(new Window(from, to), h);
            }
            h.read().addAll(wanted);
            h.marks().putAll(found);
        }
        return h.marks().getOrDefault(child, List.of());
    }

    Set<String> codesUsedAt(ProvisionId provision, LocalDate from, LocalDate to) {
        return codesUsed.computeIfAbsent(new Span(provision, from, to),
                s -> attendance.codesUsedAt(provision, from, to));
    }
}
