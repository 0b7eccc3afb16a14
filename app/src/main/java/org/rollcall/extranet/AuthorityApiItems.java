package org.rollcall.extranet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What authority systems read over API v1: ids and codes first, names only where the extranet shows them. */
public final class AuthorityApiItems {

    private AuthorityApiItems() {
    }

    /** @param nation ENGLAND or WALES: the school's, whose code set its marks use (else the authority's) */
    public record ChildItem(String id, String name, String upn, String schoolId, String school, String nation) {
    }

    /** @param category PRESENT, APPROVED_ACTIVITY, AUTHORISED_ABSENCE, UNAUTHORISED_ABSENCE, NOT_POSSIBLE or
     *  ADMINISTRATIVE */
    public record MarkItem(String id, String childId, LocalDate date, String session, String code, String category,
                           String reason, String provisionId, Instant recordedAt) {
    }

    /** @param carerReason what the carer said when called about an unauthorised absence that day; null if not yet */
    public record AbsenceItem(String markId, String childId, LocalDate date, String session, String code,
                              String category, String reason, String carerReason, String provisionId,
                              Instant recordedAt) {
    }

    /**
     * @param letter requested, received, overdue (requested and not received within the school days allowed),
     *     not requested (nobody to ask yet) or withdrawn (the mark was corrected)
     */
    public record ExclusionItem(String id, String childId, LocalDate date, String session, String code,
                                String schoolReason, String letter, boolean open, Instant openedAt) {
    }

    /**
     * Sessions over the period (half days). Possible = present + approved activity + authorised + unauthorised
     * absent; attendance % = (present + approved activity) ÷ possible × 100, null when nothing was possible.
     *
     * @param childId null for the authority's total
     * @param persistentAbsence attendance below 90 %
     * @param severeAbsence attendance below 50 %
     */
    public record StatisticsItem(String childId, int possible, int present, int approvedActivity,
                                 int authorisedAbsent, int unauthorisedAbsent, int notPossible, int administrative,
                                 Double attendancePercent, boolean persistentAbsence, boolean severeAbsence) {
    }

    /** Statistics for the period: the authority's total, and one page of its children. */
    public record StatisticsPage(LocalDate from, LocalDate to, StatisticsItem total, List<StatisticsItem> items,
                                 int page, int size, long totalItems, int totalPages) {
    }
}
