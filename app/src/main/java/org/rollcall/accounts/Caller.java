package org.rollcall.accounts;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ProvisionId;

/**
 * Who is asking: a signed-in user or an authority's API client. {@code authorityId} is set for authority users and
 * API clients and limits them to that authority's children; {@code provisionId} is set for designated teachers and
 * limits them to that provision's monitored children (ADR 0042). Staff (both null) see every authority.
 */
public record Caller(String name, Role role, UserId userId, AuthorityId authorityId, ProvisionId provisionId) {

    /** A caller bound to no provision: staff, authority users and API clients. */
    public Caller(String name, Role role, UserId userId, AuthorityId authorityId) {
        this(name, role, userId, authorityId, null);
    }

    public boolean isScopedToAuthority() {
        return authorityId != null;
    }

    /** A designated teacher: sees only their own provision, never an authority's data as a whole. */
    public boolean isScopedToProvision() {
        return provisionId != null;
    }

    public boolean mayAccess(AuthorityId authority) {
        if (isScopedToProvision()) {
            return false;
        }
        return authorityId == null || authorityId.equals(authority);
    }

    /**
     * Whether this caller may see the provision's children: staff, or the designated teacher bound to it. Authority
     * users get false here: check the provision's authority with {@link #mayAccess} instead.
     */
    public boolean mayAccessProvision(ProvisionId provision) {
        return isScopedToProvision() ? provisionId.equals(provision) : authorityId == null;
    }

    /** Refuses access to another authority's data. */
    public void requireAccessTo(AuthorityId authority) {
        if (!mayAccess(authority)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    name + " may not see data of another authority");
        }
    }

    /** Refuses access to another provision's children (a designated teacher of another school). */
    public void requireAccessToProvision(ProvisionId provision) {
        if (!mayAccessProvision(provision)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    name + " may not see the children of another provision");
        }
    }
}
