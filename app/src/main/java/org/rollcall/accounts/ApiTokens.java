package org.rollcall.accounts;

import java.util.Optional;

import org.rollcall.directory.AuthorityId;

/** Bearer tokens for authority systems; only a SHA-256 of each token is kept. */
public interface ApiTokens {

    /** Issues a new token for the authority; the clear token is returned once and never stored. */
    String issue(AuthorityId authority, String label);

    /** Registers a token chosen elsewhere (a migration from another system, or the demo's well-known tokens). */
    void register(AuthorityId authority, String label, String token);

    Optional<AuthorityId> authenticate(String token);
}
