package org.rollcall.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.rollcall.accounts.ApiTokens;
import org.rollcall.directory.AuthorityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcApiTokens implements ApiTokens {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

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
    @Transactional(readOnly = true)
    public Optional<AuthorityId> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT authority_id FROM api_token WHERE token_sha256 = ? AND revoked_at IS NULL")
                .param(sha256(token.strip())).query(UUID.class).optional().map(AuthorityId::new);
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
