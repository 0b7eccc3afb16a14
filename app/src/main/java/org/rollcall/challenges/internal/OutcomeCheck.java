package org.rollcall.challenges.internal;

import java.util.List;

import org.rollcall.attendance.RecordMark;
import org.rollcall.challenges.Challenge;
import org.rollcall.challenges.ChallengeOutcome;
import org.rollcall.challenges.ChallengeRecord;
import org.rollcall.challenges.ChallengeRefusedException;
import org.rollcall.challenges.Outcome;
import org.rollcall.challenges.TypedCode;
import org.rollcall.directory.ChildLabel;
import org.rollcall.directory.Directory;
import org.rollcall.platform.ui.HumanDates;

/**
 * Before a batch is saved, every question the rules raise for the codes being saved needs the school's answer: the
 * rules are run again here, so a screen cannot save a flagged mark by leaving its question out.
 */
final class OutcomeCheck {

    private OutcomeCheck() {
    }

    static void requireAnswers(List<RecordMark> marks, List<ChallengeOutcome> outcomes, JdbcChallenges challenges,
                               Directory directory) {
        CheckLookups lookups = challenges.lookups();
        lookups.children(marks.stream().map(RecordMark::childId).filter(java.util.Objects::nonNull).toList());
        for (RecordMark mark : marks) {
            if (mark.date() == null || mark.session() == null || mark.code() == null || mark.childId() == null
                    || mark.provisionId() == null) {
                continue; // the mark itself is refused when it is recorded
            }
            String code = mark.code().strip();
            for (ChallengeOutcome o : outcomes) {
                if (about(o, mark) && o.outcome() == Outcome.CHANGED && o.codeTypedFirst().equalsIgnoreCase(code)) {
                    throw refused(mark, directory, "you chose Changed for \u201c" + o.question() + "\u201d but the "
                            + "code is still " + code + ": type the new code in the field, or choose Upheld");
                }
            }
            List<Challenge> raised = challenges.check(mark.provisionId(), mark.childId(),
                    new TypedCode(mark.date(), mark.session(), code), JdbcChallenges.others(marks, mark), lookups);
            for (Challenge c : raised) {
                boolean answered = outcomes.stream().anyMatch(o -> about(o, mark) && o.kind() == c.kind()
                        && o.outcome() != Outcome.CHANGED && o.codeTypedFirst().equalsIgnoreCase(c.code()));
                if (!answered) {
                    throw refused(mark, directory, "code " + c.code() + " needs the school's answer to \u201c"
                            + c.question() + "\u201d: choose Upheld, Changed or School will check beside the row");
                }
            }
        }
    }

    private static boolean about(ChallengeOutcome o, RecordMark mark) {
        return o.child().equals(mark.childId()) && o.date().equals(mark.date()) && o.session() == mark.session();
    }

    private static ChallengeRefusedException refused(RecordMark mark, Directory directory, String why) {
        String name = directory.childLabels(List.of(mark.childId())).values().stream().findFirst()
                .map(ChildLabel::name).orElse("a child");
        return new ChallengeRefusedException(name + ", " + mark.session() + " " + HumanDates.day(mark.date()) + ": "
                + why, mark);
    }

    /** "Robin Example, AM Wednesday 2 December (U): “…question…” — the school said it would check". */
    static String openLine(ChallengeRecord r, ChildLabel child) {
        return (child == null ? "A child" : child.name()) + ", " + r.session() + " " + HumanDates.day(r.date())
                + " (" + r.codeSaved() + "): \u201c" + r.question() + "\u201d \u2014 the school said it would "
                + "check";
    }
}
