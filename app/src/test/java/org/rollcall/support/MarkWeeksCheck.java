package org.rollcall.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.rollcall.directory.AuthorityId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The invariant of V72: {@code mark_week} is exactly the authority's current marks folded by child, week and code,
 * whatever wrote, corrected or withdrew them. Checked per authority: some tests insert marks by hand.
 */
public final class MarkWeeksCheck {

    private MarkWeeksCheck() {
    }

    public static void assertFolded(JdbcClient jdbc, AuthorityId authority) {
        long differences = jdbc.sql("""
                WITH folded AS (SELECT child_id, on_date - (extract(isodow FROM on_date)::int - 1) AS monday,
                                       authority_id, code_set_id, code,
                                       bit_or(mark_session_bit(on_date, session)) AS sessions
                                FROM mark WHERE superseded_at IS NULL AND authority_id = :authority
                                GROUP BY 1, 2, 3, 4, 5),
                     kept AS (SELECT child_id, monday, authority_id, code_set_id, code, sessions FROM mark_week
                              WHERE authority_id = :authority)
                SELECT count(*) FROM ((SELECT * FROM folded EXCEPT SELECT * FROM kept)
                                      UNION ALL (SELECT * FROM kept EXCEPT SELECT * FROM folded)) d""")
                .param("authority", authority.value()).query(Long.class).single();
        long weeks = jdbc.sql("SELECT count(*) FROM mark_week WHERE authority_id = ?").param(authority.value())
                .query(Long.class).single();
        assertThat(weeks).as("weeks of marks kept").isPositive();
        assertThat(differences).as("weeks of marks that differ from the current marks folded").isZero();
    }
}
