package org.rollcall.escalation.web;

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
     */
    record SettingsBody(String dutyEmail, String carerScript, String socialWorkerChannel) {
    }

    /** @param ownChannel false when {@code socialWorkerChannel} is Rollcall's default */
    record SettingsView(String laCode, String authority, String dutyEmail, String carerScript, boolean ownScript,
                        String socialWorkerChannel, boolean ownChannel) {
    }

    private final EscalationSettings settings;
    private final Directory directory;

    EscalationAdminController(EscalationSettings settings, Directory directory) {
        this.settings = settings;
        this.directory = directory;
    }

    @Operation(summary = "The authority's duty address, carer script and how social workers are told")
    @GetMapping
    SettingsView get(@PathVariable String laCode) {
        AuthoritySummary authority = authority(laCode);
        return view(authority, settings.get(authority.id()));
    }

    @Operation(summary = "Set the duty address (told when a child has no social worker email on record) and the "
            + "carer script (the recording notice is always said first), and how social workers are told: "
            + "socialWorkerChannel email or call (null for Rollcall's default)")
    @PutMapping
    SettingsView put(@PathVariable String laCode, @RequestBody SettingsBody body, java.security.Principal caller) {
        AuthoritySummary authority = authority(laCode);
        try {
            return view(authority, settings.set(authority.id(), body.dutyEmail(), body.carerScript(),
                    body.socialWorkerChannel(), caller.getName()));
        } catch (EscalationRefusedException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private AuthoritySummary authority(String laCode) {
        return directory.authorities().stream().filter(a -> a.laCode().equals(laCode)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no authority with LA number '" + laCode + "'"));
    }

    private static SettingsView view(AuthoritySummary authority, EscalationSettings.AuthoritySettings s) {
        return new SettingsView(authority.laCode(), authority.name(), s.dutyEmail().orElse(null), s.carerScript(),
                s.ownScript(), s.socialWorkerChannel().value(), s.ownChannel());
    }
}
