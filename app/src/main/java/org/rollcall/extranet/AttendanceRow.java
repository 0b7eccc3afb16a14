package org.rollcall.extranet;

import java.time.Instant;

/** One child's day as an authority sees it: both sessions' codes and the reasons given. */
public record AttendanceRow(String childId, String childName, String upn, String provisionName, String am,
                            String amCategory, String pm, String pmCategory, String reason, Instant lastUpdated) {

    public boolean hasAbsence() {
        return isAbsence(amCategory) || isAbsence(pmCategory);
    }

    private static boolean isAbsence(String category) {
        return category != null && category.endsWith("ABSENCE");
    }
}
