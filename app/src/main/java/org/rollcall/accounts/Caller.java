package org.rollcall.accounts;

import org.rollcall.directory.AuthorityId;

/**
 * Who is asking: a signed-in user or an authority's API client. {@code authorityId} is set for authority users and
 * API clients and limits them to that authority's children; staff (null) see every authority.
 */
public record Caller(String name, Role role, UserId userId, AuthorityId authorityId) {

    public boolean isScopedToAuthority() {
        return authorityId != null;
    }

    public boolean mayAccess(AuthorityId authority) {
        return authorityId == null || authorityId.equals(authority);
    }

    /** Refuses access to another authority's data. */
    public void requireAccessTo(AuthorityId authority) {
        if (!mayAccess(authority)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    name + " may not see data of another authority");
        }
    }
}
