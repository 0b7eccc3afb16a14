package org.rollcall.calendar.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.rollcall.calendar.Term;
import org.rollcall.directory.AuthorityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Term dates per authority; an import replaces all terms of each authority it names. */
@Component
class JdbcTerms {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcTerms(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Replaces the authority's terms; call in a transaction. Imports take turns, so replacements never mix. */
    void replace(AuthorityId authority, List<Term> terms, String source, String loadedBy) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('rollcall.calendar.term'))").query((rs, n) -> 1).single();
        jdbc.sql("DELETE FROM term WHERE authority_id = ?").param(authority.value()).update();
        Timestamp now = Timestamp.from(clock.instant());
        for (Term t : terms) {
            jdbc.sql("""
                            INSERT INTO term (id, authority_id, name, starts_on, ends_on, half_term_starts_on,
                                              half_term_ends_on, source, loaded_by, loaded_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), authority.value(), t.name(), t.startsOn(), t.endsOn(),
                            t.halfTermStartsOn(), t.halfTermEndsOn(), source, loadedBy, now)
                    .update();
        }
    }
}
