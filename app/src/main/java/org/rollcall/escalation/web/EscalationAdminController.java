package org.rollcall.escalation.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;

import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.Directory;
import org.rollcall.escalation.EscalationRefusedException;
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.platform.web.BadRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Admins set where an authority's social care is told when no social worker is on record, and the carer script. */
@RestController
@RequestMapping("/api/v1/admin/authorities/{laCode}/escalation")
class EscalationAdminController {

    /**
     * @param carerScript null or blank for Rollcall's shipped script
     * @param socialWorkerChannel {@code email} or {@code call}; null or blank for Rollcall's default
     * @param carerContactFrom carers are called from this time, "HH:mm"; null for Rollcall's default
     * @param carerContactUntil and until this one, after {@code carerContactFrom}; null for the default
     * @param carerAttempts 1 to 10; null for the default
     * @param carerRetryDelayMinutes 1 to 240; null for the default
     */
    record SettingsBody(String dutyEmail, String carerScript, String socialWorkerChannel, String carerContactFrom,
                        String carerContactUntil, Integer carerAttempts, Integer carerRetryDelayMinutes) {
    }

    /**
     * @param ownChannel false when {@code socialWorkerChannel} is Rollcall's default
     * @param ownCarerHours false when the four carer values are all Rollcall's default
     */
    record SettingsView(String laCode, String authority, String dutyEmail, String carerScript, boolean ownScript,
                        String socialWorkerChannel, boolean ownChannel, String carerContactFrom,
                        String carerContactUntil, int carerAttempts, long carerRetryDelayMinutes,
                        boolean ownCarerHours) {
    }

    private final EscalationSettings settings;
    private final Directory directory;

    EscalationAdminController(EscalationSettings settings, Directory directory) {
        this.settings = settings;
        this.directory = directory;
    }

    @Operation(summary = "The authority's duty address, carer script, how social workers are told, and its "
            + "carer-contact hours and attempts (its own or Rollcall's default)")
    @GetMapping
    SettingsView get(@PathVariable String laCode) {
        AuthoritySummary authority = authority(laCode);
        return view(authority, settings.get(authority.id()), settings.carerHours(authority.id()));
    }

    @Operation(summary = "Set the duty address (told when a child has no social worker email on record) and the "
            + "carer script (the recording notice is always said first), and how social workers are told: "
            + "socialWorkerChannel email or call (null for Rollcall's default); carerContactFrom and "
            + "carerContactUntil (HH:mm), carerAttempts (1 to 10) and carerRetryDelayMinutes (1 to 240), each null "
            + "for Rollcall's default. All or nothing is saved.")
    @PutMapping
    SettingsView put(@PathVariable String laCode, @RequestBody SettingsBody body, java.security.Principal caller) {
        AuthoritySummary authority = authority(laCode);
        LocalTime from = time("carerContactFrom", body.carerContactFrom());
        LocalTime until = time("carerContactUntil", body.carerContactUntil());
        try {
            return view(authority, settings.set(authority.id(), body.dutyEmail(), body.carerScript(),
                    body.socialWorkerChannel(), caller.getName(), from, until, body.carerAttempts(),
                    body.carerRetryDelayMinutes()), settings.carerHours(authority.id()));
        } catch (EscalationRefusedException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private AuthoritySummary authority(String laCode) {
        return directory.authorities().stream().filter(a -> a.laCode().equals(laCode)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no authority with LA number '" + laCode + "'"));
    }

    private static LocalTime time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(field + ": '" + text + "' is not a time: give hours and minutes on the "
                    + "24-hour clock, such as 09:00");
        }
    }

    private static SettingsView view(AuthoritySummary authority, EscalationSettings.AuthoritySettings s,
                                     EscalationSettings.CarerHours h) {
        return new SettingsView(authority.laCode(), authority.name(), s.dutyEmail().orElse(null), s.carerScript(),
                s.ownScript(), s.socialWorkerChannel().value(), s.ownChannel(), h.from().toString(),
                h.until().toString(), h.attempts(), h.retryDelay().toMinutes(), h.own());
    }
}
