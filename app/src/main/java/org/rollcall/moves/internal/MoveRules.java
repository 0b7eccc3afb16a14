package org.rollcall.moves.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.Urn;
import org.rollcall.moves.MoveField;
import org.rollcall.moves.NewMove;
import org.rollcall.moves.NewSchool;
import org.rollcall.platform.EmailAddress;
import org.rollcall.platform.FreeText;
import org.rollcall.platform.ui.HumanDates;

/**
 * The checks of a move, field by field, with no database: every problem is collected so a screen marks each field at
 * once. The start date may be up to {@link #MONTHS_AHEAD} months ahead (as a change heard, ADR 0025) and must fall
 * after the start of the child's current on-roll placement, which ends the day before it.
 */
final class MoveRules {

    static final int MONTHS_AHEAD = 4;

    /** @param rollStart when the child's current on-roll placement started, or null when there is none */
    record Facts(LocalDate today, LocalDate rollStart, String rollSchool) {
    }

    /** The new school's values once checked (null for a school chosen from the directory). */
    record Checked(String name, Urn urn, UkPhoneNumber phone, String contact, EmailAddress email) {
    }

    record Outcome(Checked checked, Map<MoveField, String> problems) {
    }

    private final Map<MoveField, String> problems = new LinkedHashMap<>();

    private MoveRules() {
    }

    static Outcome check(NewMove move, Facts facts) {
        MoveRules rules = new MoveRules();
        rules.date(move.startsOn(), facts);
        EmailAddress email = null;
        if (move.to() != null && !blank(move.to().email())) {
            try {
                email = EmailAddress.parse(move.to().email());
            } catch (IllegalArgumentException e) {
                rules.problems.put(MoveField.EMAIL, e.getMessage());
            }
        }
        if (move.to() == null || (move.to().school() == null) == (move.to().newSchool() == null)) {
            rules.problems.put(MoveField.SCHOOL, "choose the new school from the directory (search by name or URN), "
                    + "or enter it as a new school with its name, phone number and contact");
            return new Outcome(null, rules.problems);
        }
        if (move.to().school() != null) {
            return new Outcome(new Checked(null, null, null, null, email), rules.problems);
        }
        NewSchool s = move.to().newSchool();
        String name = rules.text(s.name(), MoveField.NAME, "the new school's name, for example Oakfield Primary");
        String contact = rules.text(s.contact(), MoveField.CONTACT, "who to ask for at the school, for example "
                + "Mrs Patel (office)");
        Urn urn = null;
        if (!blank(s.urn())) {
            try {
                urn = new Urn(s.urn().strip());
            } catch (IllegalArgumentException e) {
                rules.problems.put(MoveField.URN, e.getMessage() + ", or leave it empty if not known");
            }
        }
        UkPhoneNumber phone = null;
        if (blank(s.phone())) {
            rules.problems.put(MoveField.PHONE, "enter the school's phone number, for example 01632 960123, so "
                    + "Rollcall can call it");
        } else {
            try {
                phone = UkPhoneNumber.parse(s.phone());
            } catch (IllegalArgumentException e) {
                rules.problems.put(MoveField.PHONE, e.getMessage());
            }
        }
        return new Outcome(new Checked(name, urn, phone, contact, email), rules.problems);
    }

    private void date(LocalDate startsOn, Facts facts) {
        LocalDate latest = facts.today().plusMonths(MONTHS_AHEAD);
        LocalDate earliest = facts.rollStart() == null ? null : facts.rollStart().plusDays(1);
        String accepted = (earliest == null ? "a day" : "a day from " + HumanDates.date(earliest) + " (the day after "
                + "the child's placement at " + facts.rollSchool() + " started)") + " up to "
                + HumanDates.date(latest) + " (about a term, " + MONTHS_AHEAD + " months, ahead)";
        if (startsOn == null) {
            problems.put(MoveField.DATE, "enter the day the child starts at the new school: " + accepted);
        } else if (startsOn.isAfter(latest)) {
            problems.put(MoveField.DATE, HumanDates.date(startsOn) + " is more than a term ahead: enter " + accepted
                    + "; a later move is recorded nearer the time");
        } else if (earliest != null && startsOn.isBefore(earliest)) {
            problems.put(MoveField.DATE, HumanDates.date(startsOn) + " is not after the child's placement at "
                    + facts.rollSchool() + " started, which ends the day before the move: enter " + accepted);
        }
    }

    private String text(String value, MoveField field, String example) {
        if (blank(value)) {
            problems.put(field, "enter " + example);
            return null;
        }
        FreeText.problem(value, "the text", FreeText.MAX_NAME, false).ifPresent(p -> problems.put(field, p));
        return value.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
