package org.rollcall.extranet.live;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Caller;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.directory.AuthorityId;
import org.springframework.security.access.AccessDeniedException;

class SubscriptionGuardTests {

    private final AuthorityId mine = AuthorityId.random();
    private final AuthorityId other = AuthorityId.random();

    @Test
    void authoritiesHearOnlyTheirOwnMarks() {
        Caller api = new Caller("api-token", Role.API, null, mine);
        assertThatCode(() -> SubscriptionGuard.check(api, marks(mine))).doesNotThrowAnyException();
        assertThatThrownBy(() -> SubscriptionGuard.check(api, marks(other)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("may not subscribe");
        assertThatThrownBy(() -> SubscriptionGuard.check(api, "/topic/calls"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffHearEverythingAndOperatorsNothing() {
        Caller supervisor = new Caller("sup", Role.SUPERVISOR, new UserId(UUID.randomUUID()), null);
        assertThatCode(() -> SubscriptionGuard.check(supervisor, marks(other))).doesNotThrowAnyException();
        assertThatCode(() -> SubscriptionGuard.check(supervisor, "/topic/calls")).doesNotThrowAnyException();
        Caller operator = new Caller("op", Role.OPERATOR, new UserId(UUID.randomUUID()), null);
        assertThatThrownBy(() -> SubscriptionGuard.check(operator, marks(mine)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SubscriptionGuard.check(supervisor, "/topic/anything-else"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static String marks(AuthorityId authority) {
        return "/topic/authorities/" + authority + "/marks";
    }
}
