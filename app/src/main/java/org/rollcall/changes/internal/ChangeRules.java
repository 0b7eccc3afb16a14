package org.rollcall.changes.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.rollcall.changes.ChangeField;
import org.rollcall.changes.HeardChange;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.Upn;
import org.rollcall.platform.EmailAddress;
import org.rollcall.platform.FreeText;
import org.rollcall.platform.ui.HumanDates;

/**
 * The checks of a heard change, field by field, with no database: every problem is collected (not only the first)
 * so the screen can mark each field at once. A new school's start date may be at most {@link #MONTHS_AHEAD} months
 * ahead: a plain bound standing in for "one term", which needs no school calendar (ADR 0025).
 */
final class ChangeRules {

    static final int MONTHS_AHEAD = 4;

    /**
     * What the checks need to know about the child and the authority.
     *
     * @param currentUpn the child's UPN on record, or null
     * @param placementStart when the child's placement at the school called (else their latest) started, or null
     * @param heldByAnother whether another child already holds a UPN
     */
    record Facts(LocalDate today, String authorityName, String laCode, String currentUpn, LocalDate placementStart,
                 Predicate<Upn> heldByAnother) {
    }

    /** The change's values once checked; only those its kind uses are set. */
    record Checked(String name, UkPhoneNumber phone, EmailAddress email, Upn upn, String school) {
    }

    private final Map<ChangeField, String> problems = new LinkedHashMap<>();

    private ChangeRules() {
    }

    /** The checked values, or the problems found: {@code checked} is only to be used when there are none. */
    record Outcome(Checked checked, Map<ChangeField, String> problems) {
    }

    static Outcome check(HeardChange c, Facts facts) {
        ChangeRules rules = new ChangeRules();
        if (!c.kind().aboutTheSchool() && c.child() == null) {
            // The child's checks need the child (their authority's LA number, their placement): nothing else to say.
            rules.problems.put(ChangeField.CHILD, "choose the child the change is about");
            return new Outcome(null, rules.problems);
        }
        Checked checked = switch (c.kind()) {
            case CARER, SOCIAL_WORKER, DESIGNATED_TEACHER -> rules.contact(c);
            case SEN -> rules.sen(c);
            case UPN -> rules.upn(c, facts);
            case NOT_ON_ROLL -> rules.notOnRoll(c, facts);
            case MOVED_SCHOOL -> rules.moved(c, facts);
        };
        return new Outcome(checked, rules.problems);
    }

    private Checked contact(HeardChange c) {
        String name = null;
        if (c.name() == null || c.name().isBlank()) {
            problems.put(ChangeField.NAME, "enter the " + c.kind().noun() + "'s name, for example Alex Morgan");
        } else {
            FreeText.problem(c.name(), "the name", FreeText.MAX_NAME, false)
                    .ifPresent(p -> problems.put(ChangeField.NAME, p));
            name = c.name().strip();
        }
        UkPhoneNumber phone = null;
        if (c.phone() != null && !c.phone().isBlank()) {
            try {
                phone = UkPhoneNumber.parse(c.phone());
            } catch (IllegalArgumentException e) {
                problems.put(ChangeField.PHONE, e.getMessage());
            }
        }
        EmailAddress email = null;
        if (c.email() != null && !c.email().isBlank()) {
            try {
                email = EmailAddress.parse(c.email());
            } catch (IllegalArgumentException e) {
                problems.put(ChangeField.EMAIL, e.getMessage());
            }
        }
        if (blank(c.phone()) && blank(c.email())) {
            problems.put(ChangeField.PHONE, "give a phone number (such as 01632 960123 or 07700 900123), an email "
                    + "address, or both, so the " + c.kind().noun() + " can be reached");
        }
        return new Checked(name, phone, email, null, null);
    }

    private Checked sen(HeardChange c) {
        if (c.senStatus() == null) {
            problems.put(ChangeField.SEN_STATUS, "choose No SEN, SEN support or EHC plan");
        }
        return new Checked(null, null, null, null, null);
    }

    private Checked upn(HeardChange c, Facts facts) {
        if (facts.currentUpn() != null) {
            problems.put(ChangeField.UPN, "the child already has UPN " + facts.currentUpn() + ": only a missing UPN "
                    + "is added on a call; ask an administrator to correct a wrong one");
            return new Checked(null, null, null, null, null);
        }
        if (blank(c.upn())) {
            problems.put(ChangeField.UPN, "enter the UPN: 13 characters, a check letter then 12 digits, for example "
                    + Upn.withCheckLetter(facts.laCode() + "200001001"));
            return new Checked(null, null, null, null, null);
        }
        Upn upn;
        try {
            upn = Upn.parse(c.upn());
        } catch (IllegalArgumentException e) {
            problems.put(ChangeField.UPN, e.getMessage());
            return new Checked(null, null, null, null, null);
        }
        if (!upn.laCode().equals(facts.laCode()) && !c.otherAuthorityConfirmed()) {
            problems.put(ChangeField.UPN, "UPN " + upn + " has LA number " + upn.laCode() + ", but "
                    + facts.authorityName() + "'s is " + facts.laCode() + ": check the UPN with the school; if the "
                    + "child came from another authority, tick \u201cconfirmed with the school\u201d and save again");
        } else if (facts.heldByAnother().test(upn)) {
            problems.put(ChangeField.UPN, "UPN " + upn + " already belongs to another child: check the UPN with "
                    + "the school");
        }
        return new Checked(null, null, null, upn, null);
    }

    private Checked notOnRoll(HeardChange c, Facts facts) {
        if (c.date() == null) {
            problems.put(ChangeField.DATE, "enter the day the child left the roll, today ("
                    + HumanDates.date(facts.today()) + ") or earlier");
        } else if (c.date().isAfter(facts.today())) {
            problems.put(ChangeField.DATE, HumanDates.date(c.date()) + " is in the future: enter the day the child "
                    + "left the roll, today (" + HumanDates.date(facts.today()) + ") or earlier");
        }
        return new Checked(null, null, null, null, null);
    }

    private Checked moved(HeardChange c, Facts facts) {
        String school = null;
        if (blank(c.school())) {
            problems.put(ChangeField.SCHOOL, "enter the name of the child's new school");
        } else {
            FreeText.problem(c.school(), "the school's name", FreeText.MAX_NAME, false)
                    .ifPresent(p -> problems.put(ChangeField.SCHOOL, p));
            school = c.school().strip();
        }
        LocalDate latest = facts.today().plusMonths(MONTHS_AHEAD);
        LocalDate earliest = facts.placementStart();
        String accepted = (earliest == null ? "a day" : "a day from " + HumanDates.date(earliest)
                + " (when the child's placement here started)") + " up to " + HumanDates.date(latest)
                + " (about a term, " + MONTHS_AHEAD + " months, ahead)";
        if (c.date() == null) {
            problems.put(ChangeField.DATE, "enter the day the child starts at the new school: " + accepted);
        } else if (c.date().isAfter(latest)) {
            problems.put(ChangeField.DATE, HumanDates.date(c.date()) + " is more than a term ahead: enter "
                    + accepted + "; a later move is recorded nearer the time");
        } else if (earliest != null && c.date().isBefore(earliest)) {
            problems.put(ChangeField.DATE, HumanDates.date(c.date()) + " is before the child's placement here "
                    + "started: enter " + accepted);
        }
        return new Checked(null, null, null, null, school);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
