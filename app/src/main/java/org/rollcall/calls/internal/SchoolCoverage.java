package org.rollcall.calls.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.rollcall.attendance.SchoolMarks;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.ChildToCollect;
import org.rollcall.directory.ProvisionId;
import org.springframework.stereotype.Component;

/**
 * Whether the school's own marks (its system's feed, its designated teacher) already cover everything a call would
 * collect (ADR 0044). Only provisions with a school mark that day are looked at, so the national plan stays one
 * query more. A weekly call (it collects earlier days too) and a call with nobody to collect are always made.
 */
@Component
class SchoolCoverage {

    private final SchoolMarks schoolMarks;
    private final CallCollections collections;

    SchoolCoverage(SchoolMarks schoolMarks, CallCollections collections) {
        this.schoolMarks = schoolMarks;
        this.collections = collections;
    }

    Day on(LocalDate date) {
        return new Day(date, schoolMarks.provisionsWithSchoolMarks(date));
    }

    /** One day's question: the provisions with school marks that day, read once for the whole plan. */
    final class Day {

        private final LocalDate date;
        private final Set<ProvisionId> withMarks;

        private Day(LocalDate date, Set<ProvisionId> withMarks) {
            this.date = date;
            this.withMarks = withMarks;
        }

        boolean covers(ProvisionId provision, CallPurpose purpose, LocalDate collectFrom) {
            if (collectFrom != null || !withMarks.contains(provision)) {
                return false;
            }
            List<ChildToCollect> children = collections.of(provision, date, purpose, null);
            if (children.isEmpty()) {
                return false;
            }
            Set<SchoolMarks.ChildSession> covered = schoolMarks.covered(provision, date);
            return children.stream().allMatch(child -> child.slots().stream().allMatch(slot -> covered.contains(
                    new SchoolMarks.ChildSession(child.child().id(), slot.date(),
                            Session.valueOf(slot.part().name())))));
        }
    }

}
