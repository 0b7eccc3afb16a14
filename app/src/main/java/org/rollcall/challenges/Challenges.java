package org.rollcall.challenges;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.rollcall.attendance.Mark;
import org.rollcall.attendance.RecordMark;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;

/** Flags doubtful marks as they are typed and keeps what the school said about them. */
public interface Challenges {

    /**
     * The questions to put to the school about {@code typed} for a child at a provision, under the rules of the
     * child's authority; {@code sameCall} are the child's other codes typed on the call (the AM when checking the PM).
     * An empty or unknown code raises none (saving refuses it).
     */
    List<Challenge> check(ProvisionId provision, ChildId child, TypedCode typed, Collection<TypedCode> sameCall);

    /**
     * Records the marks and the outcomes of their questions in one transaction, or nothing.
     *
     * @throws ChallengeRefusedException when a question the rules raise for a mark has no outcome, naming the
     *     child and session
     * @throws org.rollcall.attendance.MarkRejectedException when a mark is refused
     */
    List<Mark> recordWithOutcomes(List<RecordMark> marks, List<ChallengeOutcome> outcomes);

    /** "School will check" answers still standing at a provision (last four weeks), as lines for the card. */
    List<String> openFor(ProvisionId provision);

    /** A child's challenges, newest first; the caller must be allowed to see the child's authority. */
    List<ChallengeRecord> forChild(ChildId child);

    /** An authority's challenges by day, child and session; the caller must be of that authority. */
    List<ChallengeRecord> forAuthority(AuthorityId authority, LocalDate from, LocalDate to, long offset, int limit);

    long countForAuthority(AuthorityId authority, LocalDate from, LocalDate to);
}
