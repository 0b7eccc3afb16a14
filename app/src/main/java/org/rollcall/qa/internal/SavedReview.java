package org.rollcall.qa.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A call's review as saved: scores in its template's criteria order, the computed and the final result. */
public record SavedReview(UUID callId, UUID templateId, UUID operatorId, String operatorName, LocalDate callDate,
                          String reviewer, Instant reviewedAt, BigDecimal percent, ReviewResult computed,
                          ReviewResult result, String overrideReason, List<Integer> scores) {

    public boolean overridden() {
        return result != computed;
    }
}
