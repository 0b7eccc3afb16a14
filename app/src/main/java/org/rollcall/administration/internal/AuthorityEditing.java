package org.rollcall.administration.internal;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.directory.AuthorityAdmin;
import org.rollcall.directory.AuthorityAdmin.AuthorityDetails;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallFrequency;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.CohortRules;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.MonitoringAdmin;
import org.rollcall.directory.Monitoring;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ServiceScope;
import org.rollcall.directory.VirtualSchoolContact;
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.escalation.EscalationSettings.AuthoritySettings;
import org.rollcall.escalation.EscalationSettings.CarerHours;
import org.rollcall.subscriptions.ReportEmailSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authority screen's sections, each one transaction audited with before and after (action
 * {@code admin-authority-<section>}, subject the authority). Refusals come from the owning modules and name the field.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class AuthorityEditing {

    private final AuthorityAdmin authorities;
    private final DirectoryAdmin directory;
    private final Monitoring monitoring;
    private final MonitoringAdmin monitoringAdmin;
    private final EscalationSettings escalation;
    private final ReportEmailSettings reportEmails;
    private final Audited audited;

    AuthorityEditing(AuthorityAdmin authorities, DirectoryAdmin directory, Monitoring monitoring,
                     MonitoringAdmin monitoringAdmin, EscalationSettings escalation, ReportEmailSettings reportEmails,
                     AuditLog audit, Accounts accounts) {
        this.authorities = authorities;
        this.directory = directory;
        this.monitoring = monitoring;
        this.monitoringAdmin = monitoringAdmin;
        this.escalation = escalation;
        this.reportEmails = reportEmails;
        this.audited = new Audited(audit, accounts);
    }

    @Transactional(readOnly = true)
    public List<AuthorityDetails> page(String search, int offset, int limit) {
        return authorities.authorities(search, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(String search) {
        return authorities.countAuthorities(search);
    }

    @Transactional(readOnly = true)
    public AuthorityDetails details(AuthorityId id) {
        return authorities.details(id);
    }

    public AuthorityId create(String name, Nation nation, String laCode, VirtualSchoolContact virtualSchool) {
        AuthorityId id = directory.createAuthority(name == null ? null : name.strip(), nation,
                laCode == null ? null : laCode.strip());
        if (virtualSchool != null) {
            authorities.setVirtualSchoolContact(id, virtualSchool);
        }
        audited.record("admin-authority-created", "authority", id.toString(), "none", describe(id));
        return id;
    }

    public void saveDetails(AuthorityId id, String name, Nation nation, String laCode,
                            VirtualSchoolContact virtualSchool) {
        audited.change("admin-authority-details", "authority", id.toString(), () -> describe(id), () -> {
            authorities.setIdentity(id, name, nation, laCode);
            authorities.setVirtualSchoolContact(id, virtualSchool);
        });
    }

    @Transactional(readOnly = true)
    public ServiceScope scope(AuthorityId id) {
        return monitoring.serviceScope(id);
    }

    @Transactional(readOnly = true)
    public CohortRules cohortRules(AuthorityId id) {
        return monitoring.cohortRules(id);
    }

    /** The scope's mode and cohorts, and each cohort's frequency; the pilot list is kept as it is. */
    public void saveScope(AuthorityId id, ServiceScope scope, Map<Cohort, CallFrequency> frequencies) {
        audited.change("admin-authority-scope", "authority", id.toString(), () -> describeScope(id), () -> {
            monitoringAdmin.setServiceScope(id, scope, null);
            frequencies.forEach((cohort, frequency) -> monitoringAdmin.setCohortFrequency(id, cohort, frequency));
        });
    }

    @Transactional(readOnly = true)
    public AuthoritySettings escalation(AuthorityId id) {
        return escalation.get(id);
    }

    /** @param carerScript null or blank: Rollcall's shipped script */
    public void saveEscalation(AuthorityId id, String dutyEmail, String carerScript, String channel) {
        audited.change("admin-authority-escalation", "authority", id.toString(), () -> describeEscalation(id),
                () -> escalation.set(id, blankToNull(dutyEmail), blankToNull(carerScript), channel,
                        audited.actor()));
    }

    @Transactional(readOnly = true)
    public CarerHours carerHours(AuthorityId id) {
        return escalation.carerHours(id);
    }

    @Transactional(readOnly = true)
    public CarerHours defaultCarerHours() {
        return escalation.defaultCarerHours();
    }

    /** All null: Rollcall's default hours and attempts. */
    public void saveCarerHours(AuthorityId id, LocalTime from, LocalTime until, Integer attempts,
                               Integer retryDelayMinutes) {
        audited.change("admin-authority-carer-hours", "authority", id.toString(), () -> describeCarerHours(id),
                () -> escalation.setCarerHours(id, from, until, attempts, retryDelayMinutes));
    }

    public void saveRetention(AuthorityId id, int months) {
        audited.change("admin-authority-retention", "authority", id.toString(),
                () -> authorities.details(id).retentionMonths() + " months",
                () -> directory.setRecordingRetention(id, months));
    }

    @Transactional(readOnly = true)
    public List<String> emailDomains(AuthorityId id) {
        return reportEmails.allowedDomains(id);
    }

    @Transactional(readOnly = true)
    public boolean attachments(AuthorityId id) {
        return reportEmails.attachments(id);
    }

    public void saveReportEmails(AuthorityId id, List<String> domains, boolean attachments) {
        audited.change("admin-authority-report-emails", "authority", id.toString(),
                () -> "domains=" + reportEmails.allowedDomains(id) + "; attachments=" + reportEmails.attachments(id),
                () -> {
                    reportEmails.setAllowedDomains(id, domains, audited.actor());
                    reportEmails.setAttachments(id, attachments, audited.actor());
                });
    }

    private String describe(AuthorityId id) {
        return authorities.details(id).describe();
    }

    private String describeScope(AuthorityId id) {
        ServiceScope scope = monitoring.serviceScope(id);
        return "mode=" + scope.mode().label() + "; cohorts=" + scope.cohorts().stream().map(Cohort::label).sorted()
                .toList() + "; frequencies=" + monitoring.cohortRules(id).frequencies().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().label() + " " + e.getValue().label()).collect(Collectors.joining(", "));
    }

    private String describeEscalation(AuthorityId id) {
        AuthoritySettings s = escalation.get(id);
        return "duty email=" + s.dutyEmail().orElse("none") + "; social workers told="
                + s.socialWorkerChannel().label() + (s.ownChannel() ? "" : " (Rollcall's default)")
                + "; carer script=" + (s.ownScript() ? "own (" + s.carerScript().length() + " characters)"
                : "Rollcall's");
    }

    private String describeCarerHours(AuthorityId id) {
        CarerHours hours = escalation.carerHours(id);
        return hours.describe() + (hours.own() ? "" : " (Rollcall's default)");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
