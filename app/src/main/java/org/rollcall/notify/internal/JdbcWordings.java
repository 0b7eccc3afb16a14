package org.rollcall.notify.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.rollcall.directory.AuthorityId;
import org.rollcall.notify.KindWording;
import org.rollcall.notify.Signature;
import org.rollcall.notify.Wording;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each authority's own wording per kind and its signature. */
@Repository
class JdbcWordings {

    record Own(Wording wording, String updatedBy, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    JdbcWordings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Own> wording(AuthorityId authority, String kind) {
        return jdbc.sql("SELECT * FROM message_wording WHERE authority_id = ? AND kind = ?")
                .params(authority.value(), kind)
                .query((rs, n) -> new Own(new Wording(rs.getString("subject"), rs.getString("body")),
                        rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    Map<String, Own> wordings(AuthorityId authority) {
        return jdbc.sql("SELECT * FROM message_wording WHERE authority_id = ?").param(authority.value())
                .query((rs, n) -> Map.entry(rs.getString("kind"), new Own(new Wording(rs.getString("subject"),
                        rs.getString("body")), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant())))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void saveWording(AuthorityId authority, String kind, Wording wording, String admin, Instant now) {
        jdbc.sql("""
                        INSERT INTO message_wording (authority_id, kind, subject, body, updated_by, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (authority_id, kind) DO UPDATE SET subject = excluded.subject, body = excluded.body,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(authority.value(), kind, wording.subject(), wording.body(), admin, Timestamp.from(now))
                .update();
    }

    boolean deleteWording(AuthorityId authority, String kind) {
        return jdbc.sql("DELETE FROM message_wording WHERE authority_id = ? AND kind = ?")
                .params(authority.value(), kind).update() > 0;
    }

    Optional<Signature> signature(AuthorityId authority) {
        return jdbc.sql("SELECT * FROM authority_signature WHERE authority_id = ?").param(authority.value())
                .query((rs, n) -> new Signature(rs.getString("name"), rs.getString("title"),
                        rs.getString("virtual_school_email")))
                .optional();
    }

    void saveSignature(AuthorityId authority, Signature signature, String admin, Instant now) {
        jdbc.sql("""
                        INSERT INTO authority_signature (authority_id, name, title, virtual_school_email, updated_by,
                            updated_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (authority_id) DO UPDATE SET name = excluded.name, title = excluded.title,
                            virtual_school_email = excluded.virtual_school_email, updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at""")
                .params(authority.value(), signature.name(), signature.title(), signature.virtualSchoolEmail(), admin,
                        Timestamp.from(now))
                .update();
    }

    static KindWording kindWording(MessageKinds.Shipped shipped, Own own) {
        return own == null ? new KindWording(shipped.kind(), shipped.wording(), false, null, null)
                : new KindWording(shipped.kind(), own.wording(), true, own.updatedBy(), own.updatedAt());
    }
}
