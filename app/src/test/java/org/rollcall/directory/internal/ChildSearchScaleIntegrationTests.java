package org.rollcall.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildAdmin;
import org.rollcall.directory.ChildAdmin.ChildFilter;
import org.rollcall.directory.Cohort;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The children admin list at national scale (ADR 0042): 90,000 children in two authorities, inserted in a
 * transaction that is rolled back (nothing left for other tests), then each kind of search EXPLAIN ANALYZEd and
 * timed through {@link ChildAdmin}: name, UPN prefix and reference searches use their indexes, the first page of an
 * authority's list walks the order index, and each search with its count stays well under a second.
 */
@RollcallIntegrationTest
class ChildSearchScaleIntegrationTests {

    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

    @Autowired JdbcClient jdbc;
    @Autowired ChildAdmin children;
    @Autowired TransactionTemplate transactions;

    @Test
    void searchesAt90000ChildrenUseTheirIndexesAndAnswerQuickly() {
        transactions.executeWithoutResult(tx -> {
            UUID big = UUID.randomUUID();
            UUID small = UUID.randomUUID();
            java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.parse("2026-11-30T08:00:00Z"));
            jdbc.sql("INSERT INTO authority (id, name, nation, la_code, created_at) VALUES "
                    + "(?, 'Scale Shire', 'ENGLAND', '850', ?), (?, 'Scale Town', 'ENGLAND', '840', ?)")
                    .params(big, now, small, now).update();
            // Names from 400 first names and 6,000 surnames; a tenth with no UPN yet; everyone has a reference.
            jdbc.sql("""
                    INSERT INTO child (id, authority_id, upn, first_name, last_name, date_of_birth, year_group, cohort,
                                       in_borough, sen_status, local_reference)
                    SELECT gen_random_uuid(), CASE WHEN i % 3 = 0 THEN ? ELSE ? END,
                           CASE WHEN i % 10 = 0 THEN NULL ELSE substr('ABCDEFGHJKLMNPQRTUVWXYZ', 1 + (SELECT
                                sum(substr(d, k, 1)::int * (k + 1)) FROM generate_series(1, 12) AS k)::int % 23, 1)
                                || d END,
                           'First' || (i % 400), 'Scalesurname' || (i % 6000), DATE '2012-01-01' + (i % 3000),
                           i % 15, (ARRAY['LAC','POST_16','YOT','CME'])[1 + i % 4], i % 2 = 0,
                           (ARRAY['NONE','SEN_SUPPORT','EHCP'])[1 + i % 3], 'SC/' || i
                      FROM (SELECT i, '9' || lpad(i::text, 11, '0') AS d FROM generate_series(1, 90000) AS i) AS s
                    """).params(small, big).update();
            jdbc.sql("ANALYZE child").update();
            // Autovacuum would have merged the GIN indexes' pending lists by now in a running system.
            for (String index : List.of("child_name_trgm_idx", "child_local_reference_trgm_idx", "child_upn_trgm_idx")) {
                jdbc.sql("SELECT gin_clean_pending_list(CAST(? AS regclass))").param(index).query(Long.class).single();
            }

            List<String> figures = new ArrayList<>();
            AuthorityId shire = new AuthorityId(big);
            check(figures, "name part", new ChildFilter("surname4321", null, null, null, null, false),
                    "child_name_trgm_idx");
            check(figures, "UPN start", new ChildFilter(
                    org.rollcall.directory.Upn.withCheckLetter("900000004321").substring(0, 11), null, null, null,
                    null, false),
                    "child_upn_trgm_idx");
            check(figures, "reference start", new ChildFilter("SC/8765", null, null, null, null, false),
                    "child_local_reference_trgm_idx");
            check(figures, "authority, first page", new ChildFilter(null, shire, null, null, null, false), null);
            check(figures, "authority, cohort, year, in borough",
                    new ChildFilter(null, shire, Cohort.YOT, true, 8, false), null);
            check(figures, "UPN to collect", new ChildFilter(null, null, null, null, null, true), null);
            System.out.println("Children admin search at 90,000 children (page of 50 + count): "
                    + String.join("; ", figures));
            tx.setRollbackOnly();
        });
    }

    private void check(List<String> figures, String what, ChildFilter filter, String index) {
        JdbcChildAdmin.Where where = JdbcChildAdmin.where(filter);
        List<Object> params = new ArrayList<>(where.params());
        params.add(50);
        params.add(0);
        String plan = String.join("\n", jdbc.sql("EXPLAIN (ANALYZE) " + JdbcChildAdmin.page(where)).params(params).query(String.class).list());
        if (index != null) {
            assertThat(plan).as(what).contains(index);
        }
        String countPlan = String.join("\n", jdbc.sql("EXPLAIN (ANALYZE) SELECT count(*) FROM child c" + where.sql())
                .params(where.params()).query(String.class).list());
        double planned = executionMs(plan) + executionMs(countPlan);

        long start = System.nanoTime();
        var page = children.search(filter, 0, 50);
        long count = children.count(filter);
        double ms = (System.nanoTime() - start) / 1e6;
        assertThat(page).as(what).isNotEmpty();
        assertThat(count).as(what).isPositive();
        assertThat(ms).as(what + " (ms)").isLessThan(1000);
        Matcher scans = Pattern.compile("(Seq Scan on child|Index(?: Only)? Scan (?:Backward )?using \\w+|Bitmap Index "
                + "Scan on \\w+)").matcher(plan);
        List<String> used = new ArrayList<>();
        while (scans.find()) {
            used.add(scans.group(1));
        }
        figures.add(String.format("%s: %d found, %.1f ms in PostgreSQL, %.1f ms through ChildAdmin %s", what, count,
                planned, ms, used));
    }

    private static double executionMs(String plan) {
        Matcher m = EXECUTION.matcher(plan);
        assertThat(m.find()).as(plan).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
