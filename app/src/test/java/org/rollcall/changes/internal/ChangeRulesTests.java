package org.rollcall.changes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rollcall.changes.ChangeField;
import org.rollcall.changes.ChangeKind;
import org.rollcall.changes.HeardChange;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.Upn;

/** The checks of a heard change, field by field, without a database. */
class ChangeRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final ChildId CHILD = ChildId.random();
    private static final ProvisionId SCHOOL = ProvisionId.random();
    private static final String OURS = Upn.withCheckLetter("927200001001");
    private static final String TAKEN = Upn.withCheckLetter("927200001002");
    private static final ChangeRules.Facts FACTS = new ChangeRules.Facts(TODAY, "Ticking Borough", "927", null,
            LocalDate.of(2026, 9, 3), upn -> upn.value().equals(TAKEN));

    @Test
    void aContactWithAValidPhoneAndEmailIsTakenNormalised() {
        var outcome = ChangeRules.check(HeardChange.contact(ChangeKind.SOCIAL_WORKER, CHILD, SCHOOL, " Alex New ",
                "07700 900456", " alex.new@ticking.example.org"), FACTS);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.checked().name()).isEqualTo("Alex New");
        assertThat(outcome.checked().phone().e164()).isEqualTo("+447700900456");
        assertThat(outcome.checked().email().value()).isEqualTo("alex.new@ticking.example.org");
    }

    @Test
    void everyBadFieldOfAContactIsRefusedAtOnceSayingWhatIsAccepted() {
        var outcome = ChangeRules.check(HeardChange.contact(ChangeKind.CARER, CHILD, SCHOOL, "",
                "0909 123456", "jo at example"), FACTS);
        assertThat(outcome.problems()).containsOnlyKeys(ChangeField.NAME, ChangeField.PHONE, ChangeField.EMAIL);
        assertThat(outcome.problems().get(ChangeField.NAME)).contains("carer's name");
        assertThat(outcome.problems().get(ChangeField.PHONE)).contains("not a valid UK telephone number")
                .contains("01632 960123");
        assertThat(outcome.problems().get(ChangeField.EMAIL)).contains("is not an email address")
                .contains("name@example.org");
    }

    @Test
    void aContactNeedsAPhoneOrAnEmail() {
        var outcome = ChangeRules.check(HeardChange.designatedTeacher(SCHOOL, "Pat Teacher", " ", ""), FACTS);
        assertThat(outcome.problems()).containsOnlyKeys(ChangeField.PHONE);
        assertThat(outcome.problems().get(ChangeField.PHONE)).contains("a phone number", "an email address");
    }

    @Test
    void aNameWithAControlCharacterIsRefused() {
        var outcome = ChangeRules.check(HeardChange.contact(ChangeKind.CARER, CHILD, SCHOOL, "Jo\u0000Bloggs",
                "07700 900123", null), FACTS);
        assertThat(outcome.problems()).containsOnlyKeys(ChangeField.NAME);
    }

    @Test
    void aChildChangeWithoutAChildIsRefused() {
        var outcome = ChangeRules.check(HeardChange.sen(null, SCHOOL, SenStatus.EHCP), FACTS);
        assertThat(outcome.problems()).containsOnlyKeys(ChangeField.CHILD);
        var noChild = new ChangeRules.Facts(TODAY, null, null, null, null, upn -> false);
        assertThat(ChangeRules.check(HeardChange.upn(null, SCHOOL, "", false), noChild).problems())
                .containsOnlyKeys(ChangeField.CHILD);
        assertThat(ChangeRules.check(HeardChange.sen(CHILD, SCHOOL, null), FACTS).problems())
                .containsOnlyKeys(ChangeField.SEN_STATUS);
        assertThat(ChangeRules.check(HeardChange.sen(CHILD, SCHOOL, SenStatus.EHCP), FACTS).problems()).isEmpty();
    }

    @Test
    void aUpnOfTheAuthorityWithTheRightCheckLetterIsTaken() {
        var outcome = ChangeRules.check(HeardChange.upn(CHILD, SCHOOL, OURS.toLowerCase(), false), FACTS);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.checked().upn().value()).isEqualTo(OURS);
    }

    @Test
    void aUpnWithTheWrongCheckLetterIsRefusedNamingTheRightOne() {
        char wrong = OURS.charAt(0) == 'A' ? 'B' : 'A';
        var outcome = ChangeRules.check(HeardChange.upn(CHILD, SCHOOL, wrong + OURS.substring(1), false), FACTS);
        assertThat(outcome.problems()).containsOnlyKeys(ChangeField.UPN);
        assertThat(outcome.problems().get(ChangeField.UPN)).contains("wrong check letter")
                .contains("it must be '" + OURS.charAt(0) + "'");
    }

    @Test
    void anotherAuthoritysLaNumberIsRefusedUnlessTheOperatorConfirmsIt() {
        String elsewhere = Upn.withCheckLetter("202200001001");
        var refused = ChangeRules.check(HeardChange.upn(CHILD, SCHOOL, elsewhere, false), FACTS);
        assertThat(refused.problems()).containsOnlyKeys(ChangeField.UPN);
        assertThat(refused.problems().get(ChangeField.UPN)).contains("LA number 202", "Ticking Borough's is 927",
                "confirmed with the school");
        assertThat(ChangeRules.check(HeardChange.upn(CHILD, SCHOOL, elsewhere, true), FACTS).problems()).isEmpty();
    }

    @Test
    void aUpnHeldByAnotherChildOrAChildWithAUpnAlreadyIsRefused() {
        assertThat(ChangeRules.check(HeardChange.upn(CHILD, SCHOOL, TAKEN, false), FACTS).problems()
                .get(ChangeField.UPN)).contains("already belongs to another child");
        var withUpn = new ChangeRules.Facts(TODAY, "Ticking Borough", "927", OURS, null, upn -> false);
        assertThat(ChangeRules.check(HeardChange.upn(CHILD, SCHOOL, TAKEN, false), withUpn).problems()
                .get(ChangeField.UPN)).contains("already has UPN " + OURS);
        assertThat(ChangeRules.check(HeardChange.upn(CHILD, SCHOOL, "", false), FACTS).problems()
                .get(ChangeField.UPN)).contains("enter the UPN");
    }

    @Test
    void notOnRollTakesTodayOrEarlierOnly() {
        assertThat(ChangeRules.check(HeardChange.notOnRoll(CHILD, SCHOOL, TODAY), FACTS).problems()).isEmpty();
        assertThat(ChangeRules.check(HeardChange.notOnRoll(CHILD, SCHOOL, TODAY.plusDays(1)), FACTS).problems()
                .get(ChangeField.DATE)).contains("is in the future", "today (2 December 2026) or earlier");
        assertThat(ChangeRules.check(HeardChange.notOnRoll(CHILD, SCHOOL, null), FACTS).problems())
                .containsOnlyKeys(ChangeField.DATE);
    }

    @Test
    void aMoveStartsFromThePlacementStartToFourMonthsAhead() {
        assertThat(ChangeRules.check(HeardChange.movedSchool(CHILD, SCHOOL, "Ridge Academy", TODAY.plusMonths(4)),
                FACTS).problems()).isEmpty();
        assertThat(ChangeRules.check(HeardChange.movedSchool(CHILD, SCHOOL, "Ridge Academy",
                LocalDate.of(2026, 9, 3)), FACTS).problems()).isEmpty();
        assertThat(ChangeRules.check(HeardChange.movedSchool(CHILD, SCHOOL, "Ridge Academy",
                TODAY.plusMonths(4).plusDays(1)), FACTS).problems().get(ChangeField.DATE))
                .contains("more than a term ahead", "up to 2 April 2027");
        assertThat(ChangeRules.check(HeardChange.movedSchool(CHILD, SCHOOL, "Ridge Academy",
                LocalDate.of(2026, 9, 2)), FACTS).problems().get(ChangeField.DATE))
                .contains("before the child's placement here started", "from 3 September 2026");
        assertThat(ChangeRules.check(HeardChange.movedSchool(CHILD, SCHOOL, " ", null), FACTS).problems())
                .containsOnlyKeys(ChangeField.SCHOOL, ChangeField.DATE);
    }
}
