package org.rollcall.accounts;

import java.util.List;
import java.util.Optional;

import org.rollcall.directory.AuthorityId;

/** Users and who is calling right now. */
public interface Accounts {

    UserId createUser(String username, String displayName, String rawPassword, Role role, AuthorityId authority);

    /** The caller of the current request or UI session; throws if nobody is signed in. */
    Caller caller();

    Optional<Caller> findUser(String username);

    /** The caller behind a principal from a request or a WebSocket session, if it is one of ours. */
    Optional<Caller> callerOf(java.security.Principal principal);

    List<Caller> usersWithRole(Role role);
}
