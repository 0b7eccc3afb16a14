package org.rollcall.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.rollcall.accounts.ApiTokens;
import org.rollcall.directory.AuthorityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcApiTokens implements ApiTokens {

    static final Duration LAST_USED_STEP = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<UUID, Instant> lastWritten = new ConcurrentHashMap<>();

    JdbcApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public String issue(AuthorityId authority, String label) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = "rc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("INSERT INTO api_token (id, authority_id, token_sha256, label, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), authority.value(), sha256(token), label, Timestamp.from(clock.instant()))
                .update();
        return token;
    }

    @Override
    @Transactional
    public void register(AuthorityId authority, String label, String token) {
        if (token == null || token.length() < 20) {
            throw new IllegalArgumentException("an API token must have at least 20 characters");
        }
        jdbc.sql("""
                        INSERT INTO api_token (id, authority_id, token_sha256, label, created_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (token_sha256) DO NOTHING""")
                .params(UUID.randomUUID(), authority.value(), sha256(token), label, Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    @Transactional
    public Optional<AuthorityId> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        Optional<UUID[]> found = jdbc.sql("""
                        SELECT id, authority_id FROM api_token WHERE token_sha256 = ? AND revoked_at IS NULL""")
                .param(sha256(token.strip()))
                .query((rs, n) -> new UUID[] {rs.getObject("id", UUID.class), rs.getObject("authority_id", UUID.class)})
                .optional();
        found.ifPresent(ids -> used(ids[0]));
        return found.map(ids -> new AuthorityId(ids[1]));
    }

    /**
     * Records when the token was last used, at most once a minute per token (ADR 0042): a busy client does not
     * write on every request. The memory skips the statement; the WHERE keeps other servers from writing more often.
     */
    private void used(UUID token) {
        Instant now = clock.instant();
        Instant written = lastWritten.get(token);
        if (written != null && written.plus(LAST_USED_STEP).isAfter(now)) {
            return;
        }
        lastWritten.put(token, now);
        jdbc.sql("""
                        UPDATE api_token SET last_used_at = ?
                         WHERE id = ? AND (last_used_at IS NULL OR last_used_at <= ?)""")
                .params(Timestamp.from(now), token, Timestamp.from(now.minus(LAST_USED_STEP))).update();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
