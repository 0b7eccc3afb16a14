package org.rollcall.subscriptions.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.notify.MessageId;
import org.rollcall.reports.ReportKind;
import org.rollcall.subscriptions.ReportFrequency;
import org.rollcall.subscriptions.SubscriptionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The module's tables (V60). Every time is a parameter from the application's clock. */
@Repository
class JdbcSubscriptions {

    /** A subscription as stored, with the date of its last run (null before the first). */
    record Row(SubscriptionId id, AuthorityId authority, ReportKind report, String recipient,
               ReportFrequency frequency, DayOfWeek weekday, boolean paused, String createdBy, Instant createdAt,
               Instant activeSince, LocalDate lastRun) {
    }

    private static final String SELECT = """
            SELECT s.*, (SELECT max(r.run_date) FROM report_subscription_run r WHERE r.subscription_id = s.id)
                AS last_run FROM report_subscription s""";

    private final JdbcClient jdbc;

    JdbcSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> domains(AuthorityId authority) {
        return jdbc.sql("SELECT domain FROM authority_email_domain WHERE authority_id = ? ORDER BY domain")
                .param(authority.value()).query(String.class).list();
    }

    void replaceDomains(AuthorityId authority, List<String> domains, String by, Instant now) {
        jdbc.sql("DELETE FROM authority_email_domain WHERE authority_id = ?").param(authority.value()).update();
        for (String domain : domains) {
            jdbc.sql("""
                            INSERT INTO authority_email_domain (authority_id, domain, added_by, added_at)
                            VALUES (?, ?, ?, ?)""")
                    .params(authority.value(), domain, by, ts(now)).update();
        }
    }

    boolean attachments(AuthorityId authority) {
        return jdbc.sql("SELECT attachments FROM authority_report_settings WHERE authority_id = ?")
                .param(authority.value()).query(Boolean.class).optional().orElse(false);
    }

    void setAttachments(AuthorityId authority, boolean on, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO authority_report_settings (authority_id, attachments, changed_by, changed_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT (authority_id) DO UPDATE
                        SET attachments = excluded.attachments, changed_by = excluded.changed_by,
                            changed_at = excluded.changed_at""")
                .params(authority.value(), on, by, ts(now)).update();
    }

    /** @return false when the same report already goes to that address (nothing inserted) */
    boolean insert(Row s) {
        return jdbc.sql("""
                        INSERT INTO report_subscription (id, authority_id, report, recipient, frequency, weekday,
                            paused, created_by, created_at, active_since)
                        VALUES (?, ?, ?, ?, ?, ?, false, ?, ?, ?)
                        ON CONFLICT (authority_id, report, recipient) DO NOTHING""")
                .params(s.id().value(), s.authority().value(), s.report().slug(), s.recipient(), s.frequency().name(),
                        s.weekday() == null ? null : s.weekday().getValue(), s.createdBy(), ts(s.createdAt()),
                        ts(s.activeSince()))
                .update() == 1;
    }

    List<Row> ofAuthority(AuthorityId authority) {
        return jdbc.sql(SELECT + " WHERE s.authority_id = ? ORDER BY s.report, s.recipient")
                .param(authority.value()).query(JdbcSubscriptions::row).list();
    }

    Optional<Row> find(SubscriptionId id) {
        return jdbc.sql(SELECT + " WHERE s.id = ?").param(id.value()).query(JdbcSubscriptions::row).optional();
    }

    /** Within the authority only: another authority's subscription is not found. */
    Optional<Row> find(SubscriptionId id, AuthorityId authority) {
        return find(id).filter(r -> r.authority().equals(authority));
    }

    /** Locks the subscription against a pause or an unsubscribe while its run is queued; empty when paused or gone. */
    Optional<Row> lockActive(SubscriptionId id) {
        return jdbc.sql(SELECT + " WHERE s.id = ? AND NOT s.paused FOR SHARE OF s").param(id.value())
                .query(JdbcSubscriptions::row).optional();
    }

    void setPaused(SubscriptionId id, boolean paused, Instant now) {
        jdbc.sql(paused ? "UPDATE report_subscription SET paused = true WHERE id = ?"
                        : "UPDATE report_subscription SET paused = false, active_since = ? WHERE id = ?")
                .params(paused ? new Object[] {id.value()} : new Object[] {ts(now), id.value()}).update();
    }

    void delete(SubscriptionId id) {
        jdbc.sql("DELETE FROM report_subscription WHERE id = ?").param(id.value()).update();
    }

    /** Every subscription not paused, with its last run: the runner works out which are due. */
    List<Row> active() {
        return jdbc.sql(SELECT + " WHERE NOT s.paused").query(JdbcSubscriptions::row).list();
    }

    /**
     * Claims the run: of two transactions inserting the same (subscription, day), the second waits for the first
     * and, once it commits, inserts nothing.
     *
     * @return whether this transaction holds the claim
     */
    boolean claim(SubscriptionId id, LocalDate day, Instant now) {
        return jdbc.sql("""
                        INSERT INTO report_subscription_run (subscription_id, run_date, attached, claimed_at)
                        VALUES (?, ?, false, ?) ON CONFLICT (subscription_id, run_date) DO NOTHING""")
                .params(id.value(), Date.valueOf(day), ts(now)).update() == 1;
    }

    void ran(SubscriptionId id, LocalDate day, MessageId message, boolean attached) {
        jdbc.sql("UPDATE report_subscription_run SET message_id = ?, attached = ? WHERE subscription_id = ? "
                        + "AND run_date = ?")
                .params(message.value(), attached, id.value(), Date.valueOf(day)).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        int weekday = rs.getInt("weekday");
        Date lastRun = rs.getDate("last_run");
        String slug = rs.getString("report");
        return new Row(new SubscriptionId(rs.getObject("id", UUID.class)),
                new AuthorityId(rs.getObject("authority_id", UUID.class)),
                ReportKind.bySlug(slug).orElseThrow(() -> new IllegalStateException("unknown report " + slug)),
                rs.getString("recipient"), ReportFrequency.valueOf(rs.getString("frequency")),
                weekday == 0 ? null : DayOfWeek.of(weekday), rs.getBoolean("paused"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("active_since").toInstant(), lastRun == null ? null : lastRun.toLocalDate());
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
