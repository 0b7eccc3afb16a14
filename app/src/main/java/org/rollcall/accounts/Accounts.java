package org.rollcall.accounts;

import java.util.List;
import java.util.Optional;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ProvisionId;

/** Users and who is calling right now. */
public interface Accounts {

    /**
     * Creates a staff user, or an authority user bound to {@code authority} (required for {@link Role#AUTHORITY},
     * refused for every other role). Designated teachers are created with {@link #createDesignatedTeacher}.
     */
    UserId createUser(String username, String displayName, String rawPassword, Role role, AuthorityId authority);

    /**
     * Creates a designated teacher bound to one provision (ADR 0042): they see only that provision's monitored
     * children. Refused for an unknown provision, and with the same name and password rules as {@link #createUser}.
     */
    UserId createDesignatedTeacher(String username, String displayName, String rawPassword, ProvisionId provision);

    /** The caller of the current request or UI session; throws if nobody is signed in. */
    Caller caller();

    Optional<Caller> findUser(String username);

    /** The caller behind a principal from a request or a WebSocket session, if it is one of ours. */
    Optional<Caller> callerOf(java.security.Principal principal);

    List<Caller> usersWithRole(Role role);

    /**
     * Grants {@code role} to the user beyond their main role, from their next sign-in (ADR 0031); audited. Only staff
     * roles (operator, supervisor, QA reviewer, administrator) to staff users.
     *
     * @throws IllegalArgumentException for an unknown user, an authority user or API client, or a role that is not
     *     a staff role; granting a role the user already holds changes nothing
     */
    void grantRole(UserId user, Role role);

    /** The roles a user holds beyond their main one. */
    List<Role> extraRoles(UserId user);
}
