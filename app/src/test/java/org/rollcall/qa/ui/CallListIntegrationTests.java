package org.rollcall.qa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallOutcome;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.qa.internal.CallFilter;
import org.rollcall.qa.internal.CallRow;
import org.rollcall.qa.internal.CallSearch;
import org.rollcall.qa.internal.Criterion;
import org.rollcall.qa.internal.ReviewQueue;
import org.rollcall.qa.internal.Reviews;
import org.rollcall.qa.internal.ScorecardTemplate;
import org.rollcall.qa.internal.Scorecards;
import org.rollcall.support.RecordedCalls;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * A generated national day (8,000 finished calls by 20 operators, one with a corrected mark) read through the calls
 * list: filters and paging done in SQL, the plan using the day's index, the list's address carrying its filters,
 * and the review queue sampling each operator's share fairly plus the corrected call. The fixture is written with
 * SQL (test data only); the code under test only reads those tables. Same context as the other QA tests.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1"})
class CallListIntegrationTests extends SpringBrowserlessTest {

    private static final int CALLS = 8_000;
    private static final int OPERATORS = 20;

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired CallLog calls;
    @Autowired CallSearch search;
    @Autowired ReviewQueue queue;
    @Autowired Reviews reviews;
    @Autowired Scorecards scorecards;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private LocalDate day;
    private ProvisionId school;
    private AuthorityId authority;
    private UUID corrected;
    private UUID challenged;

    @BeforeAll
    void aGeneratedDay() {
        accounts.createUser("qa-lister", "QA lister", "qa-lister-password", Role.QA, null);
        for (int i = 0; i < OPERATORS; i++) {
            accounts.createUser("gen-op-" + i, "Generated operator " + i, "gen-op-password-" + i, Role.OPERATOR, null);
        }
        authority = directory.createAuthority("Generated Borough", Nation.ENGLAND, "869");
        school = RecordedCalls.school(directory, clock, authority, "Generated Academy", "01632 960869");
        day = LocalDate.now(clock).minusDays(1);
        var start = day.atTime(8, 0).atZone(clock.getZone()).toInstant();
        jdbc.sql("""
                INSERT INTO call (id, provision_id, call_date, window_closes, due_at, attempt, status, operator_id,
                                  operator_name, outcome, talk_seconds, purpose, ended_at)
                SELECT gen_random_uuid(), ?, ?, ?::timestamptz + interval '12 hours', ?::timestamptz + g * interval '4 seconds', g, 'DONE',
                       (SELECT id FROM app_user WHERE username = 'gen-op-' || (g % 20)), 'gen-op-' || (g % 20),
                       CASE WHEN g % 7 = 0 THEN 'NO_ANSWER' ELSE 'COMPLETED' END, 60, 'AFTERNOON',
                       ?::timestamptz + g * interval '4 seconds' + interval '1 minute'
                FROM generate_series(1, ?) g""").params(school.value(), day, Timestamp.from(start),
                Timestamp.from(start), Timestamp.from(start), CALLS).update();
        jdbc.sql("ANALYZE call").update();
        // The first call's AM mark, corrected after the call as the corrections module does: the new mark keeps
        // the call and its offset, and carries the correction's reason (V49).
        corrected = jdbc.sql("SELECT id FROM call WHERE provision_id = ? AND call_date = ? AND attempt = 1")
                .params(school.value(), day).query(UUID.class).single();
        ChildId child = new ChildId(jdbc.sql("SELECT child_id FROM placement WHERE provision_id = ?")
                .param(school.value()).query(UUID.class).single());
        UUID first = UUID.randomUUID();
        UUID correction = UUID.randomUUID();
        var at = Timestamp.from(start.plusSeconds(3600));
        jdbc.sql("""
                INSERT INTO mark (id, child_id, authority_id, provision_id, on_date, session, code_set_id, code,
                                  reason, call_id, offset_seconds, recorded_by, recorded_at, superseded_at,
                                  superseded_by, correction_reason)
                VALUES (?, ?, ?, ?, ?, 'AM', 'ENGLAND-2024', 'I', 'Illness', ?, 5, 'qa-lister', ?, NULL, NULL,
                        'Illness'),
                       (?, ?, ?, ?, ?, 'AM', 'ENGLAND-2024', '/', NULL, ?, 5, 'gen-op-1', ?, ?, ?, NULL)""")
                .params(correction, child.value(), authority.value(), school.value(), day, corrected, at,
                        first, child.value(), authority.value(), school.value(), day, corrected, at, at, correction)
                .update();
        challenged = challenged();
    }

    /** The second call's PM mark was questioned (a challenge) and upheld. */
    private UUID challenged() {
        UUID call = jdbc.sql("SELECT id FROM call WHERE provision_id = ? AND call_date = ? AND attempt = 2")
                .params(school.value(), day).query(UUID.class).single();
        if (jdbc.sql("SELECT count(*) FROM challenge_outcome WHERE call_id = ?").param(call).query(Integer.class)
                .single() == 0) {
            UUID child = jdbc.sql("SELECT child_id FROM placement WHERE provision_id = ?").param(school.value())
                    .query(UUID.class).single();
            UUID mark = UUID.randomUUID();
            var at = Timestamp.from(day.atTime(9, 0).atZone(clock.getZone()).toInstant());
            jdbc.sql("""
                    INSERT INTO mark (id, child_id, authority_id, provision_id, on_date, session, code_set_id, code,
                                      reason, call_id, offset_seconds, recorded_by, recorded_at)
                    VALUES (?, ?, ?, ?, ?, 'PM', 'ENGLAND-2024', 'O', 'Unknown', ?, 7, 'gen-op-2', ?)""")
                    .params(mark, child, authority.value(), school.value(), day, call, at).update();
            jdbc.sql("""
                    INSERT INTO challenge_outcome (id, mark_id, child_id, authority_id, provision_id, on_date, session,
                                                   call_id, kind, question, outcome, code_typed_first, code_saved,
                                                   recorded_by, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, 'PM', ?, 'UNAUTHORISED_CODE', 'Is O right?', 'UPHELD', 'O', 'O',
                            'gen-op-2', ?)""").params(UUID.randomUUID(), mark, child, authority.value(),
                    school.value(), day, call, at).update();
        }
        return call;
    }

    private CallFilter filter(UUID operator, CallOutcome outcome, boolean withCorrection, String text) {
        return new CallFilter(day, authority, school, operator, outcome, null, false, false, withCorrection, false,
                text);
    }

    @Test
    void filtersAndPagesAreDoneInSqlOverTheWholeDay() {
        assertThat(search.count(filter(null, null, false, null))).isEqualTo(CALLS);
        List<CallRow> last = search.page(filter(null, null, false, null), CALLS - 10, 50);
        assertThat(last).hasSize(10).extracting(CallRow::attempt).startsWith(CALLS - 9).endsWith(CALLS);
        List<CallRow> first = search.page(filter(null, null, false, null), 0, 50);
        assertThat(first).hasSize(50).extracting(CallRow::dueAt).isSorted();
        UUID operator = accounts.findUser("gen-op-3").orElseThrow().userId().value();
        assertThat(search.count(filter(operator, null, false, null))).isEqualTo(CALLS / OPERATORS);
        assertThat(search.count(filter(null, CallOutcome.NO_ANSWER, false, null))).isEqualTo(CALLS / 7);
        assertThat(search.page(filter(null, null, true, null), 0, 50)).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(corrected);
            assertThat(row.flags()).isEqualTo("Correction");
        });
        assertThat(search.count(filter(null, null, false, "pip generated"))).as("a child's name, on the calls with "
                + "her marks").isEqualTo(2);
        assertThat(search.count(filter(null, null, false, "generated acad"))).as("the school").isEqualTo(CALLS);
        assertThat(search.count(new CallFilter(day, authority, school, null, null, null, true, false, false, true,
                null))).as("no recording, not reviewed").isEqualTo(CALLS - (reviews.of(corrected).isPresent() ? 1 : 0));
        assertThat(search.count(CallFilter.on(day.minusDays(30)))).isZero();
    }

    @Test
    void theFirstPageOfTheDayReadsThroughTheDaysIndex() {
        List<String> plan = search.explain(CallFilter.on(day), 0, 50);
        System.out.println("EXPLAIN ANALYZE first page of " + CALLS + " calls:\n" + String.join("\n", plan));
        assertThat(String.join("\n", plan)).contains("call_date_due_idx");
        long started = System.nanoTime();
        search.page(CallFilter.on(day), 4_000, 50);
        search.count(CallFilter.on(day));
        System.out.println("page at offset 4000 and count: " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    @Test
    void theListShowsHumanLabelsAndKeepsItsFiltersInTheAddress() {
        SignIn.as(users, contexts, "qa-lister");
        UI.getCurrent().navigate(CallsView.class, QueryParameters.simple(Map.of("date", day.toString(),
                "provision", school.value().toString(), "outcome", "NO_ANSWER")));
        CallsView view = find(CallsView.class).single();
        assertThat(view.date.getValue()).isEqualTo(day);
        assertThat(view.outcome.getValue()).isEqualTo(CallOutcome.NO_ANSWER);
        assertThat(view.provision.getValue().name()).isEqualTo("Generated Academy");
        assertThat(view.total.getText()).isEqualTo(CALLS / 7 + " calls");
        var grid = test(view.grid);
        assertThat(grid.getCellText(0, 1)).isEqualTo("Generated Academy");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Afternoon call");
        assertThat(grid.getCellText(0, 4)).isEqualTo("Done");
        assertThat(grid.getCellText(0, 6)).isEqualTo("No answer");
        assertThat(grid.getCellText(0, 8)).isEqualTo("None");
        assertThat(((RouterLink) grid.getCellComponent(0, 10)).getText()).as("not reviewed yet").isEqualTo("Review");

        view.outcome.clear();
        view.withCorrection.setValue(true);
        assertThat(view.total.getText()).isEqualTo("1 call");
        assertThat(grid.getCellText(0, 9)).isEqualTo("Correction");

        // Its review lists the correction, made after the call, on the timeline.
        CallReviewView review = navigate("calls/" + corrected, CallReviewView.class);
        assertThat(review.timeline.items).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo(TimelineItem.Kind.CORRECTION);
            assertThat(i.at()).isEqualTo("after the call");
            assertThat(i.text()).startsWith("Corrected · Pip Generated-Academy: / → I (morning), Illness (by qa-lister)");
        });
    }

    @Test
    void eachOperatorsShareIsSampledAndTheCorrectedCallIsQueuedUntilReviewed() {
        ScorecardTemplate standard = scorecards.active();
        scorecards.save(new ScorecardTemplate(null, standard.name(), 5, standard.passFrom(), standard.coachingFrom(),
                standard.criteria()), "test");
        queue.fill(day);
        assertThat(queue.fill(day)).as("filling again adds nothing").isZero();
        List<ReviewQueue.Item> open = queue.open().stream().filter(i -> i.callDate().equals(day)).toList();
        assertThat(open.subList(0, 2)).as("challenges and corrections before samples")
                .extracting(ReviewQueue.Item::callId, ReviewQueue.Item::reasonLabel)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(corrected, "Mark corrected"),
                        org.assertj.core.groups.Tuple.tuple(challenged, "Challenge on the call"));
        assertThat(search.page(new CallFilter(day, null, null, null, null, null, false, true, false, false, null), 0,
                50)).extracting(CallRow::id).containsExactly(challenged);
        Map<String, Integer> perOperator = new HashMap<>();
        open.stream().filter(i -> i.reason().equals("SAMPLED"))
                .forEach(i -> perOperator.merge(i.operatorName(), 1, Integer::sum));
        Map<String, Integer> completed = new HashMap<>();
        jdbc.sql("SELECT operator_name, count(*)::int FROM call WHERE call_date = ? AND provision_id = ? AND outcome = "
                + "'COMPLETED' GROUP BY operator_name").params(day, school.value()).query((rs, n) ->
                completed.put(rs.getString(1), rs.getInt(2))).list();
        // Each operator's share is 5 % of their completed calls, give or take one (gen-op-1's and gen-op-2's first
        // calls are queued as a correction and a challenge instead, so one fewer may be a sample).
        assertThat(perOperator).hasSize(OPERATORS).allSatisfy((op, n) -> assertThat((double) n).as(op)
                .isBetween(completed.get(op) * 0.05 - (op.equals("gen-op-1") || op.equals("gen-op-2") ? 2 : 1), completed.get(op) * 0.05 + 1));

        List<Integer> scores = standard.criteria().stream().map(Criterion::max).toList();
        reviews.save(calls.find(new CallId(corrected)).orElseThrow(), scores, null, null, "qa-lister");
        assertThat(queue.open()).noneMatch(i -> i.callId().equals(corrected));
        scorecards.save(standard, "test");
    }
}
