package org.rollcall.webhooks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.webhooks.DeliveryId;
import org.rollcall.webhooks.SubscriptionId;
import org.rollcall.webhooks.Webhooks.Delivery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The webhooks module's two tables; every time is given by the caller, from the application's clock. */
@Repository
class JdbcWebhooks {

    record Stored(SubscriptionId id, AuthorityId authority, String url, List<String> events, String secret,
                  String createdBy, Instant createdAt) {
    }

    /** A claimed delivery with what sending it needs; {@code secret} null once its subscription was deleted. */
    record Due(DeliveryId id, UUID eventId, String event, String url, String body, int attempts, String secret) {
    }

    private final JdbcClient jdbc;

    JdbcWebhooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Stored s) {
        jdbc.sql("""
                        INSERT INTO webhook_subscription (id, authority_id, url, events, secret, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id().value(), s.authority().value(), s.url(), s.events().toArray(String[]::new),
                        s.secret(), s.createdBy(), ts(s.createdAt())).update();
    }

    /** The authority's subscriptions not deleted, oldest first. */
    List<Stored> active(AuthorityId authority) {
        return jdbc.sql("SELECT * FROM webhook_subscription WHERE authority_id = ? AND deleted_at IS NULL "
                        + "ORDER BY created_at, id")
                .param(authority.value()).query(JdbcWebhooks::stored).list();
    }

    /** @return whether a subscription of that authority was there to delete */
    boolean delete(SubscriptionId id, AuthorityId authority, String by, Instant at) {
        int deleted = jdbc.sql("UPDATE webhook_subscription SET deleted_by = ?, deleted_at = ? WHERE id = ? "
                        + "AND authority_id = ? AND deleted_at IS NULL")
                .params(by, ts(at), id.value(), authority.value()).update();
        if (deleted == 0) {
            return false; // none, or another authority's: its deliveries are not this caller's to touch
        }
        jdbc.sql("UPDATE webhook_delivery SET status = 'FAILED', last_error = 'subscription deleted before it was "
                        + "sent' WHERE subscription_id = ? AND status = 'PENDING'").param(id.value()).update();
        return true;
    }

    /** Adds a delivery unless that subscription already has one for the event (a listener run twice). */
    void enqueue(DeliveryId id, Stored subscription, UUID eventId, String event, String body, Instant now) {
        jdbc.sql("""
                        INSERT INTO webhook_delivery (id, subscription_id, authority_id, event_id, event, url, body,
                            status, attempts, next_attempt_at, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
                        ON CONFLICT (subscription_id, event_id) DO NOTHING""")
                .params(id.value(), subscription.id().value(), subscription.authority().value(), eventId, event,
                        subscription.url(), body, ts(now), ts(now)).update();
    }

    /** Locks the delivery due longest, skipping any another worker holds, until the caller's transaction ends. */
    Optional<Due> claimDue(Instant now) {
        return jdbc.sql("""
                        SELECT d.id, d.event_id, d.event, d.url, d.body, d.attempts,
                               CASE WHEN s.deleted_at IS NULL THEN s.secret END AS secret
                        FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                        WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?
                        ORDER BY d.next_attempt_at, d.created_at LIMIT 1 FOR UPDATE OF d SKIP LOCKED""")
                .param(ts(now)).query((rs, n) -> new Due(new DeliveryId(rs.getObject("id", UUID.class)),
                        rs.getObject("event_id", UUID.class), rs.getString("event"), rs.getString("url"),
                        rs.getString("body"), rs.getInt("attempts"), rs.getString("secret"))).optional();
    }

    void delivered(DeliveryId id, Instant now, int statusCode) {
        jdbc.sql("""
                        UPDATE webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = ?,
                            delivered_at = ?, last_status_code = ?, last_error = NULL WHERE id = ?""")
                .params(ts(now), ts(now), statusCode, id.value()).update();
    }

    /** Records a failed attempt: waiting for {@code next}, or FAILED for good when {@code next} is null. */
    void attemptFailed(DeliveryId id, Instant now, Instant next, Integer statusCode, String error) {
        jdbc.sql("""
                        UPDATE webhook_delivery SET status = CASE WHEN ?::timestamptz IS NULL THEN 'FAILED'
                            ELSE 'PENDING' END, attempts = attempts + 1, last_attempt_at = ?,
                            next_attempt_at = coalesce(?::timestamptz, next_attempt_at), last_status_code = ?,
                            last_error = ? WHERE id = ?""")
                .params(ts(next), ts(now), ts(next), statusCode, error, id.value()).update();
    }

    List<Delivery> deliveries(AuthorityId authority, long offset, int limit) {
        return jdbc.sql("SELECT * FROM webhook_delivery WHERE authority_id = ? ORDER BY created_at DESC, id "
                        + "OFFSET ? LIMIT ?")
                .params(authority.value(), offset, limit).query(JdbcWebhooks::delivery).list();
    }

    long countDeliveries(AuthorityId authority) {
        return jdbc.sql("SELECT count(*) FROM webhook_delivery WHERE authority_id = ?").param(authority.value())
                .query(Long.class).single();
    }

    /** The authority's delivery, locked, with whether its subscription still stands. */
    Optional<Delivery> findForReplay(DeliveryId id, AuthorityId authority) {
        return jdbc.sql("""
                        SELECT d.* FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                        WHERE d.id = ? AND d.authority_id = ? FOR UPDATE OF d""")
                .params(id.value(), authority.value()).query(JdbcWebhooks::delivery).optional();
    }

    boolean subscriptionActive(String subscriptionId) {
        return jdbc.sql("SELECT count(*) FROM webhook_subscription WHERE id = ?::uuid AND deleted_at IS NULL")
                .param(subscriptionId).query(Integer.class).single() == 1;
    }

    /** Waiting again from now with a fresh count of attempts; what the last attempt said stays until the next. */
    void replay(DeliveryId id, String by, Instant now) {
        jdbc.sql("""
                        UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ?,
                            delivered_at = NULL, replayed_by = ?, replayed_at = ? WHERE id = ?""")
                .params(ts(now), by, ts(now), id.value()).update();
    }

    Optional<Delivery> delivery(DeliveryId id) {
        return jdbc.sql("SELECT * FROM webhook_delivery WHERE id = ?").param(id.value())
                .query(JdbcWebhooks::delivery).optional();
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        return new Stored(new SubscriptionId(rs.getObject("id", UUID.class)),
                new AuthorityId(rs.getObject("authority_id", UUID.class)), rs.getString("url"),
                Arrays.asList((String[]) rs.getArray("events").getArray()), rs.getString("secret"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    private static Delivery delivery(ResultSet rs, int n) throws SQLException {
        return new Delivery(rs.getString("id"), rs.getString("subscription_id"), rs.getString("event_id"),
                rs.getString("event"), rs.getString("url"), rs.getString("status"), rs.getInt("attempts"),
                rs.getObject("last_status_code", Integer.class), rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "last_attempt_at"),
                rs.getString("status").equals("PENDING") ? instant(rs, "next_attempt_at") : null,
                instant(rs, "delivered_at"), rs.getString("replayed_by"), instant(rs, "replayed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
