package org.rollcall.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rollcall.calendar.ClosedSessions;
import org.rollcall.calendar.ClosureId;
import org.rollcall.calendar.Term;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionPlace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The national day plan's shape in memory: 25,000 provisions, 150 authorities with term dates, 30 days, 500 closures.
 * Checks the answers and logs what building and asking cost (a measurement, never a pass/fail on time). The
 * database side of the same snapshot is measured in CalendarIntegrationTests.
 */
class SnapshotCostTests {

    private static final Logger log = LoggerFactory.getLogger(SnapshotCostTests.class);
    private static final LocalDate FROM = LocalDate.of(2027, 2, 1);
    private static final LocalDate TO = FROM.plusDays(29);

    @Test
    void aSnapshotOf25000ProvisionsOver30DaysIsCheapAndRight() {
        List<AuthorityId> authorities = new ArrayList<>();
        Map<AuthorityId, List<Term>> terms = new HashMap<>();
        for (int a = 0; a < 150; a++) {
            AuthorityId id = AuthorityId.random();
            authorities.add(id);
            // Half-terms a week apart across authorities, as they are in life.
            LocalDate half = LocalDate.of(2027, 2, 8).plusWeeks(a % 3);
            terms.put(id, List.of(new Term("Spring 2027", LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 26), half,
                    half.plusDays(4))));
        }
        List<ProvisionPlace> places = new ArrayList<>();
        Map<ProvisionId, List<CalendarData.Span>> closures = new HashMap<>();
        for (int p = 0; p < 25_000; p++) {
            ProvisionId id = ProvisionId.random();
            places.add(new ProvisionPlace(id, p % 10 == 9 ? Nation.WALES : Nation.ENGLAND, authorities.get(p % 150)));
            if (p % 50 == 0) {
                closures.put(id, List.of(new CalendarData.Span(ClosureId.random(), FROM.plusDays(2), FROM.plusDays(2),
                        ClosedSessions.BOTH, "Closed: Severe weather")));
            }
        }
        CalendarData data = new CalendarData(Map.of(), terms, closures);

        MemorySnapshot snapshot = null;
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            snapshot = MemorySnapshot.build(FROM, TO, places, data);
            best = Math.min(best, System.nanoTime() - start);
        }
        long start = System.nanoTime();
        int openDays = 0;
        for (ProvisionPlace place : places) {
            for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
                openDays += snapshot.isSchoolDay(place.id(), day) ? 1 : 0;
            }
        }
        long asking = System.nanoTime() - start;
        log.info("Calendar snapshot in memory, 25,000 provisions x 30 days: built in {} ms (best of 5), 750,000 "
                + "answers in {} ms", best / 1_000_000.0, asking / 1_000_000.0);

        // 22 weekdays, less a 5-day half-term, less the closure day for every 50th provision.
        assertThat(openDays).isEqualTo(25_000 * 17 - 500);
        assertThat(snapshot.isSchoolDay(places.get(0).id(), FROM.plusDays(2))).isFalse();
        assertThat(snapshot.isSchoolDay(places.get(1).id(), FROM.plusDays(2))).isTrue();
    }
}
