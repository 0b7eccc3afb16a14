package org.rollcall.challenges.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rollcall.attendance.AttendanceCode;
import org.rollcall.attendance.CodeCategory;
import org.rollcall.attendance.CodeSet;
import org.rollcall.attendance.Session;
import org.rollcall.challenges.Challenge;
import org.rollcall.challenges.ChallengeRule;
import org.rollcall.challenges.RuleKind;
import org.rollcall.challenges.TypedCode;
import org.rollcall.directory.Nation;

/** Each rule kind on facts alone: what trips it, what does not, and its question in the child's words. */
class RuleChecksTests {

    private static final CodeSet ENGLAND = new CodeSet("ENGLAND-2024", Nation.ENGLAND, List.of(
            new AttendanceCode("/", "Present (AM)", CodeCategory.PRESENT, Session.AM),
            new AttendanceCode("\\", "Present (PM)", CodeCategory.PRESENT, Session.PM),
            new AttendanceCode("L", "Late, before the register closed", CodeCategory.PRESENT, null),
            new AttendanceCode("B", "Any other approved educational activity", CodeCategory.APPROVED_ACTIVITY, null),
            new AttendanceCode("I", "Illness", CodeCategory.AUTHORISED_ABSENCE, null),
            new AttendanceCode("O", "Other or unknown reason", CodeCategory.UNAUTHORISED_ABSENCE, null),
            new AttendanceCode("G", "Holiday not authorised", CodeCategory.UNAUTHORISED_ABSENCE, null),
            new AttendanceCode("C", "Other authorised circumstances", CodeCategory.AUTHORISED_ABSENCE, null)));
    // A Wednesday: the run of illness steps back over the weekend before it.
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    @Test
    void unauthorisedCodeAsksWhetherItStaysUnauthorised() {
        List<Challenge> found = check(RuleKind.UNAUTHORISED_CODE, null, am("o"), facts());
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RuleKind.UNAUTHORISED_CODE);
            assertThat(c.code()).isEqualTo("O");
            assertThat(c.question()).startsWith("O (Other or unknown reason) is an unauthorised absence");
        });
        assertThat(check(RuleKind.UNAUTHORISED_CODE, null, am("C"), facts())).isEmpty();
        assertThat(check(RuleKind.UNAUTHORISED_CODE, null, am("/"), facts())).isEmpty();
    }

    @Test
    void bIsChallengedOnlyWhenNoAlternativeProvisionIsKnown() {
        assertThat(check(RuleKind.B_WITHOUT_ALTERNATIVE_PROVISION, null, am("B"), facts()))
                .singleElement().satisfies(c -> assertThat(c.question()).contains("no alternative provision for "
                        + "Robin Example"));
        var known = new RuleChecks.Facts("Robin Example", ENGLAND, List.of(), List.of(), Set.of(), false, true);
        assertThat(check(RuleKind.B_WITHOUT_ALTERNATIVE_PROVISION, null, am("B"), known)).isEmpty();
        assertThat(check(RuleKind.B_WITHOUT_ALTERNATIVE_PROVISION, null, am("O"), facts())).isEmpty();
    }

    @Test
    void illnessOnThreeSchoolDaysInARowCountingTodayAndSteppingOverTheWeekend() {
        // Thursday present, Friday ill, Monday ill (PM only), today typed ill: three school days in a row, the
        // weekend (no marks) stepped over; the Thursday ends the run.
        var history = facts(new TypedCode(DAY.minusDays(6), Session.AM, "/"),
                new TypedCode(DAY.minusDays(5), Session.AM, "I"),
                new TypedCode(DAY.minusDays(2), Session.AM, "/"), new TypedCode(DAY.minusDays(2), Session.PM, "I"));
        assertThat(check(RuleKind.CONSECUTIVE_ILLNESS, 3, am("I"), history)).hasSize(1);
        assertThat(check(RuleKind.CONSECUTIVE_ILLNESS, 4, am("I"), history)).isEmpty();
        var threeDays = facts(new TypedCode(DAY.minusDays(2), Session.AM, "I"),
                new TypedCode(DAY.minusDays(1), Session.PM, "I"));
        assertThat(check(RuleKind.CONSECUTIVE_ILLNESS, 3, am("I"), threeDays)).singleElement()
                .satisfies(c -> assertThat(c.question()).startsWith("Robin Example has been marked ill (I) on 3 or "
                        + "more school days in a row"));
        // A present day in between ends the run.
        var broken = facts(new TypedCode(DAY.minusDays(2), Session.AM, "I"),
                new TypedCode(DAY.minusDays(1), Session.AM, "/"), new TypedCode(DAY.minusDays(1), Session.PM, "\\"));
        assertThat(check(RuleKind.CONSECUTIVE_ILLNESS, 3, am("I"), broken)).isEmpty();
        assertThat(check(RuleKind.CONSECUTIVE_ILLNESS, 2, am("I"), facts(new TypedCode(DAY.minusDays(1),
                Session.AM, "I")))).hasSize(1);
        assertThat(check(RuleKind.CONSECUTIVE_ILLNESS, 3, am("O"), threeDays)).isEmpty();
    }

    @Test
    void moreThanNIllnessSessionsInTheLastFourWeeks() {
        List<TypedCode> history = new ArrayList<>();
        for (int d = 1; d <= 4; d++) {
            history.add(new TypedCode(DAY.minusDays(d * 5), Session.AM, "I"));
        }
        history.add(new TypedCode(DAY.minusDays(28), Session.AM, "I")); // five weeks' edge: outside the four
        var facts = facts(history.toArray(TypedCode[]::new));
        // Four before and today's: five, more than 4.
        assertThat(check(RuleKind.ILLNESS_IN_FOUR_WEEKS, 4, am("I"), facts)).singleElement()
                .satisfies(c -> assertThat(c.question()).contains("more than 4 illness sessions"));
        assertThat(check(RuleKind.ILLNESS_IN_FOUR_WEEKS, 5, am("I"), facts)).isEmpty();
        // The AM typed on the same call counts too when the PM is checked.
        var sameCall = new RuleChecks.Facts("Robin Example", ENGLAND, List.of(am("I")), history, Set.of(), false,
                false);
        assertThat(check(RuleKind.ILLNESS_IN_FOUR_WEEKS, 5, pm("I"), sameCall)).hasSize(1);
    }

    @Test
    void presentInTheAfternoonAfterAMorningAbsenceWithNoLateCode() {
        var amAbsentOnCall = new RuleChecks.Facts("Robin Example", ENGLAND, List.of(am("O")), List.of(), Set.of(),
                false, false);
        assertThat(check(RuleKind.PM_PRESENT_AFTER_AM_ABSENCE, null, pm("\\"), amAbsentOnCall)).singleElement()
                .satisfies(c -> assertThat(c.question()).startsWith("Robin Example was absent this morning"));
        assertThat(check(RuleKind.PM_PRESENT_AFTER_AM_ABSENCE, null, pm("L"), amAbsentOnCall)).isEmpty();
        // The morning call's stored AM counts when the afternoon call collects PM alone.
        var amStored = facts(new TypedCode(DAY, Session.AM, "I"));
        assertThat(check(RuleKind.PM_PRESENT_AFTER_AM_ABSENCE, null, pm("\\"), amStored)).hasSize(1);
        assertThat(check(RuleKind.PM_PRESENT_AFTER_AM_ABSENCE, null, pm("\\"),
                facts(new TypedCode(DAY, Session.AM, "/")))).isEmpty();
        assertThat(check(RuleKind.PM_PRESENT_AFTER_AM_ABSENCE, null, am("/"), amStored)).isEmpty();
    }

    @Test
    void aCodeTheSchoolHasNotUsedInTheLastWeeks() {
        var school = new RuleChecks.Facts("Robin Example", ENGLAND, List.of(), List.of(), Set.of("/", "\\", "I"),
                true, false);
        assertThat(check(RuleKind.RARE_CODE, 4, am("C"), school)).singleElement()
                .satisfies(c -> assertThat(c.question()).startsWith("C (Other authorised circumstances) is a code "
                        + "this school has not used for any child in the last 4 weeks"));
        assertThat(check(RuleKind.RARE_CODE, 4, am("I"), school)).isEmpty();
        // A school with no marks yet has no rare code.
        assertThat(check(RuleKind.RARE_CODE, 4, am("C"), facts())).isEmpty();
    }

    @Test
    void rulesOffAskNothingAndUnknownCodesAskNothing() {
        List<ChallengeRule> off = Arrays.stream(RuleKind.values()).map(ChallengeRule::shipped).toList();
        assertThat(RuleChecks.check(off, am("O"), facts())).isEmpty();
        List<ChallengeRule> on = Arrays.stream(RuleKind.values())
                .map(k -> new ChallengeRule(k, true, k.defaultParameter(), k.defaultQuestion(), false)).toList();
        assertThat(RuleChecks.check(on, am("Q"), facts())).isEmpty();
        assertThat(RuleChecks.check(on, am(""), facts())).isEmpty();
        assertThat(RuleChecks.check(on, am("O"), facts())).extracting(Challenge::kind)
                .containsExactly(RuleKind.UNAUTHORISED_CODE);
    }

    @Test
    void parametersAreCheckedAgainstTheKindsRange() {
        assertThat(JdbcChallengeRules.parameter(RuleKind.CONSECUTIVE_ILLNESS, null)).isEqualTo(3);
        assertThat(JdbcChallengeRules.parameter(RuleKind.CONSECUTIVE_ILLNESS, 30)).isEqualTo(30);
        assertThatThrownBy(() -> JdbcChallengeRules.parameter(RuleKind.CONSECUTIVE_ILLNESS, 31))
                .hasMessage("parameter 31 is out of range for consecutive-illness (school days in a row, counting "
                        + "today): use a whole number from 2 to 30");
        assertThatThrownBy(() -> JdbcChallengeRules.parameter(RuleKind.UNAUTHORISED_CODE, 2))
                .hasMessage("the rule unauthorised-code takes no parameter: leave parameter out");
        assertThat(RuleKind.parse("Rare-Code")).contains(RuleKind.RARE_CODE);
        assertThat(RuleKind.parse("RARE_CODE")).contains(RuleKind.RARE_CODE);
        assertThat(RuleKind.parse("sometimes")).isEmpty();
    }

    private static List<Challenge> check(RuleKind kind, Integer parameter, TypedCode typed, RuleChecks.Facts facts) {
        return RuleChecks.check(List.of(new ChallengeRule(kind, true, parameter, kind.defaultQuestion(), false)),
                typed, facts);
    }

    private static RuleChecks.Facts facts(TypedCode... history) {
        return new RuleChecks.Facts("Robin Example", ENGLAND, List.of(), List.of(history), Set.of(), false, false);
    }

    private static TypedCode am(String code) {
        return new TypedCode(DAY, Session.AM, code);
    }

    private static TypedCode pm(String code) {
        return new TypedCode(DAY, Session.PM, code);
    }
}
