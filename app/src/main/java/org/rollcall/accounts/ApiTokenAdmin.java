package org.rollcall.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;

/**
 * Administration of authorities' API tokens (issue 14, ADR 0042): issue (the clear token returned once), list with
 * when each was last used, revoke. Changes are made by the signed-in administrator and audited.
 */
public interface ApiTokenAdmin {

    /** One token as the admin screen lists it; never the token itself, which is not kept. */
    record TokenLine(UUID id, String name, AuthorityId authority, Instant createdAt, Instant lastUsedAt,
                     Instant revokedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** Tokens newest first, revoked ones too; one page. */
    List<TokenLine> list(int offset, int limit);

    long count();

    /**
     * Issues a token for one authority; the clear token is returned once and never stored.
     *
     * @throws IllegalArgumentException for a missing or over-long name or an unknown authority
     */
    String issue(AuthorityId authority, String name);

    /**
     * Revokes the token: from now on it gets 401. Revoking a revoked token changes nothing.
     *
     * @throws IllegalArgumentException for an unknown token
     */
    void revoke(UUID token);
}
