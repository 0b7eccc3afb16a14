package org.rollcall.qa.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.rollcall.accounts.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scorecard templates: one in use; saving an edit keeps the old version for the reviews scored against it. */
@Service
public class Scorecards {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    Scorecards(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ScorecardTemplate active() {
        UUID id = jdbc.sql("SELECT id FROM scorecard_template WHERE active").query(UUID.class).single();
        return byId(id);
    }

    @Transactional(readOnly = true)
    public ScorecardTemplate byId(UUID id) {
        List<Criterion> criteria = jdbc.sql("""
                SELECT label, weight, min_score, max_score FROM scorecard_criterion WHERE template_id = ?
                ORDER BY position""").param(id).query((rs, n) -> new Criterion(rs.getString(1),
                rs.getBigDecimal(2), rs.getInt(3), rs.getInt(4))).list();
        return jdbc.sql("SELECT name, sample_percent, pass_from, coaching_from FROM scorecard_template WHERE id = ?")
                .param(id).query((rs, n) -> new ScorecardTemplate(id, rs.getString(1), rs.getInt(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4), criteria)).single();
    }

    /** Saves the template as the one in use (a new version), all or nothing. */
    @Transactional
    public ScorecardTemplate save(ScorecardTemplate template, String by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("UPDATE scorecard_template SET active = FALSE WHERE active").update();
        jdbc.sql("""
                INSERT INTO scorecard_template (id, name, sample_percent, pass_from, coaching_from, active, saved_by,
                                                saved_at)
                VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)""").params(id, template.name(), template.samplePercent(),
                template.passFrom(), template.coachingFrom(), by, Timestamp.from(clock.instant())).update();
        int position = 1;
        for (Criterion c : template.criteria()) {
            jdbc.sql("""
                    INSERT INTO scorecard_criterion (template_id, position, label, weight, min_score, max_score)
                    VALUES (?, ?, ?, ?, ?, ?)""").params(id, position++, c.label(), c.weight(), c.min(), c.max())
                    .update();
        }
        audit.record(by, "SAVE_SCORECARD_TEMPLATE", "scorecard_template", id.toString(), template.name() + ", "
                + template.criteria().size() + " criteria, sample " + template.samplePercent() + " %");
        return template.withId(id);
    }
}
