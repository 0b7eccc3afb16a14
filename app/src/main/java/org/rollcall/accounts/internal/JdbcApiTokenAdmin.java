package org.rollcall.accounts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.ApiTokenAdmin;
import org.rollcall.accounts.ApiTokens;
import org.rollcall.accounts.AuditLog;
import org.rollcall.directory.AuthorityId;
import org.rollcall.platform.FreeText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The API tokens admin screen's store; audited against the authority as "api-token-...". */
@Service
@PreAuthorize("hasRole('ADMIN')")
class JdbcApiTokenAdmin implements ApiTokenAdmin {

    private final JdbcClient jdbc;
    private final ApiTokens tokens;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    JdbcApiTokenAdmin(JdbcClient jdbc, ApiTokens tokens, Accounts accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TokenLine> list(int offset, int limit) {
        return jdbc.sql("""
                        SELECT id, label, authority_id, created_at, last_used_at, revoked_at FROM api_token
                         ORDER BY created_at DESC, id LIMIT ? OFFSET ?""")
                .params(Math.max(1, Math.min(limit, 500)), Math.max(0, offset))
                .query((rs, n) -> new TokenLine(rs.getObject("id", UUID.class), rs.getString("label"),
                        new AuthorityId(rs.getObject("authority_id", UUID.class)),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("SELECT count(*) FROM api_token").query(Long.class).single();
    }

    @Override
    @Transactional
    public String issue(AuthorityId authority, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required: say which system uses the token, such as "
                    + "\"Case management feed\"");
        }
        FreeText.checked(name, "name", FreeText.MAX_NAME, false);
        if (authority == null || !jdbc.sql("SELECT EXISTS (SELECT 1 FROM authority WHERE id = ?)")
                .param(authority.value()).query(Boolean.class).single()) {
            throw new IllegalArgumentException("authority is required: the one authority whose data the token "
                    + "reaches");
        }
        String token = tokens.issue(authority, name.strip());
        audit.record(accounts.caller().name(), "api-token-issued", "authority", authority.toString(),
                "after: token \"" + name.strip() + "\"");
        return token;
    }

    @Override
    @Transactional
    public void revoke(UUID token) {
        TokenLine line = jdbc.sql("SELECT id, label, authority_id, revoked_at FROM api_token WHERE id = ? FOR UPDATE")
                .param(token)
                .query((rs, n) -> new TokenLine(token, rs.getString("label"),
                        new AuthorityId(rs.getObject("authority_id", UUID.class)), null, null,
                        instant(rs.getTimestamp("revoked_at"))))
                .optional().orElseThrow(() -> new IllegalArgumentException("no API token with id " + token));
        if (line.revoked()) {
            return;
        }
        jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), token).update();
        audit.record(accounts.caller().name(), "api-token-revoked", "authority", line.authority().toString(),
                "token \"" + line.name() + "\" before: in use; after: revoked");
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
