package org.rollcall.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.ProvisionAdmin.ProvisionFilter;
import org.rollcall.directory.ProvisionType;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admin provision list at national scale (ADR 0041): 25,000 provisions are generated in one statement inside a
 * transaction that is rolled back (nothing is left for other tests, and it takes seconds, so it stays in the suite),
 * the table is analysed, and {@code EXPLAIN ANALYZE} of the screen's own SQL must use the trigram index for a search
 * and the name index for an unfiltered page. Prints the plans' execution times; asserts plans, never timings.
 */
@RollcallIntegrationTest
class ProvisionListPlanIntegrationTests {

    private static final int PROVISIONS = 25_000;

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void searchesAndPagesAreIndexScansAt25000Provisions() {
        transactions.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            jdbc.sql("""
                            INSERT INTO provision (id, urn, name, type, nation, phone, contact_name, frequency, town)
                            SELECT gen_random_uuid(), CASE WHEN i % 5 = 0 THEN NULL ELSE (500000 + i)::text END,
                                   (ARRAY['Oakfield', 'Ashgrove', 'Elm Tree', 'Birchwood', 'Riverside'])[i % 5 + 1]
                                     || ' ' || (ARRAY['Primary', 'Academy', 'High', 'Learning Centre'])[i % 4 + 1]
                                     || ' ' || i,
                                   'MAINSTREAM', 'ENGLAND', '+441632960000', 'Head', 'DAILY',
                                   (ARRAY['Leeds', 'York', 'Hull', 'Wakefield', 'Harrogate', 'Selby'])[i % 6 + 1]
                            FROM generate_series(1, ?) i
                            ON CONFLICT DO NOTHING""")
                    .param(PROVISIONS).update();
            jdbc.sql("""
                            INSERT INTO call_window (id, provision_id, opens_at, closes_at, part)
                            SELECT gen_random_uuid(), id, '13:30', '14:00', 'AFTERNOON' FROM provision
                            WHERE phone = '+441632960000' AND contact_name = 'Head' AND name NOT LIKE '%7'""")
                    .update();
            jdbc.sql("ANALYZE provision").update();
            jdbc.sql("ANALYZE call_window").update();
            assertThat(jdbc.sql("SELECT count(*) FROM provision").query(Long.class).single())
                    .isGreaterThanOrEqualTo(PROVISIONS);

            String search = plan(new ProvisionFilter("riverside 1234", null, null, null, false));
            assertThat(search).contains("provision_admin_search_idx");
            String reference = plan(new ProvisionFilter("RC00", null, null, null, false));
            String firstPage = plan(ProvisionFilter.all());
            // The page reads the first 50 entries of the name index; counting every row is a scan, as counts are.
            assertThat(firstPage.substring(0, firstPage.indexOf("-- count --"))).contains("provision_name_idx")
                    .doesNotContain("Seq Scan on provision");
            String filtered = plan(new ProvisionFilter("academy 123", null, ProvisionType.MAINSTREAM,
                    Frequency.DAILY, true));
            assertThat(filtered).contains("provision_admin_search_idx");
            // A word a quarter of all provisions have is not selective: the planner rightly walks the name index.
            String broad = plan(new ProvisionFilter("academy", null, ProvisionType.MAINSTREAM, Frequency.DAILY, true));
            for (String[] p : new String[][] {{"search 'riverside 1234'", search}, {"reference 'RC00'", reference},
                    {"first page, no filter", firstPage}, {"'academy 123', mainstream, daily, no window", filtered},
                    {"'academy' (a quarter of all), mainstream, daily, no window", broad}}) {
                System.out.println("[provision list at " + PROVISIONS + "] " + p[0] + ": " + executionTime(p[1]));
            }
        });
    }

    private String plan(ProvisionFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = JdbcProvisionAdmin.where(filter, params);
        params.add(50);
        params.add(0);
        String page = String.join("\n", jdbc.sql("EXPLAIN ANALYZE " + JdbcProvisionAdmin.pageSql(where))
                .params(params).query(String.class).list());
        List<Object> countParams = new ArrayList<>();
        String countWhere = JdbcProvisionAdmin.where(filter, countParams);
        String count = String.join("\n", jdbc.sql("EXPLAIN ANALYZE SELECT count(*) FROM provision p" + countWhere)
                .params(countParams).query(String.class).list());
        return page + "\n-- count --\n" + count;
    }

    private static String executionTime(String plans) {
        return plans.lines().filter(l -> l.startsWith("Execution Time")).map(l -> l.replace("Execution Time: ", ""))
                .reduce((page, count) -> "page " + page + ", count " + count).orElse("?");
    }
}
