package org.rollcall.accounts.internal;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Admins lift a sign-in lockout (audited). The API chain lets only administrators reach /api/v1/admin. */
@RestController
@RequestMapping("/api/v1/admin/sign-in-locks")
class SignInAdminController {

    private final SignInThrottle throttle;
    private final Accounts accounts;
    private final AuditLog audit;

    SignInAdminController(SignInThrottle throttle, Accounts accounts, AuditLog audit) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Operation(summary = "Lift a user's sign-in lockout and forget their failed sign-ins")
    @DeleteMapping("/users/{username}")
    @Transactional
    ResponseEntity<Void> unlockUser(@PathVariable String username) {
        return unlock(SignInThrottle.Kind.ACCOUNT, SignInThrottle.key(username), "user");
    }

    @Operation(summary = "Lift an address's sign-in lockout and forget its failed sign-ins")
    @DeleteMapping("/addresses/{address}")
    @Transactional
    ResponseEntity<Void> unlockAddress(@PathVariable String address) {
        return unlock(SignInThrottle.Kind.SOURCE, address.strip(), "address");
    }

    private ResponseEntity<Void> unlock(SignInThrottle.Kind kind, String key, String subjectType) {
        if (!throttle.clear(kind, key)) {
            throw new NotFoundException("no failed sign-ins are recorded for the " + subjectType + " '" + key
                    + "': there is nothing to unlock");
        }
        audit.record(accounts.caller().name(), "sign-in unlocked", subjectType, key, null);
        return ResponseEntity.noContent().build();
    }
}
