package org.rollcall.accounts.internal;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Caller;
import org.rollcall.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Admins reset a user's second factor (a lost phone): the user enrols again at their next sign-in. Audited. */
@RestController
@RequestMapping("/api/v1/admin/users/{username}/second-factor")
class SecondFactorAdminController {

    private final SecondFactors secondFactors;
    private final Accounts accounts;

    SecondFactorAdminController(SecondFactors secondFactors, Accounts accounts) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
    }

    @Operation(summary = "Reset a user's second factor and recovery codes; they enrol again at their next sign-in")
    @DeleteMapping
    ResponseEntity<Void> reset(@PathVariable String username) {
        Caller user = accounts.findUser(SignInThrottle.key(username)).orElseThrow(() -> new NotFoundException(
                "there is no user '" + username + "': use the user name they sign in with"));
        if (!secondFactors.reset(user, accounts.caller().name())) {
            throw new NotFoundException(user.name() + " has no second factor to reset: they set one up at their "
                    + "next sign-in anyway");
        }
        return ResponseEntity.noContent().build();
    }
}
