package org.rollcall.administration.internal;

import java.time.DayOfWeek;
import java.util.List;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.calendar.CalendarAdmin;
import org.rollcall.calendar.Closure;
import org.rollcall.calendar.ClosureId;
import org.rollcall.calendar.NewClosure;
import org.rollcall.directory.AuthorityAdmin;
import org.rollcall.directory.AuthorityAdmin.AuthorityDetails;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.MonitoringAdmin;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.ProvisionAdmin;
import org.rollcall.directory.ProvisionAdmin.ProvisionChanges;
import org.rollcall.directory.ProvisionAdmin.ProvisionDetails;
import org.rollcall.directory.ProvisionAdmin.ProvisionFilter;
import org.rollcall.directory.ProvisionAdmin.ProvisionRow;
import org.rollcall.directory.ProvisionId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provision screen's sections, each one transaction audited with before and after (action
 * {@code admin-provision-<section>}, subject the provision); the password is audited as set or removed, never its value.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class ProvisionEditing {

    private final ProvisionAdmin provisions;
    private final AuthorityAdmin authorities;
    private final MonitoringAdmin monitoring;
    private final CalendarAdmin calendar;
    private final Audited audited;

    ProvisionEditing(ProvisionAdmin provisions, AuthorityAdmin authorities, MonitoringAdmin monitoring,
                     CalendarAdmin calendar, AuditLog audit, Accounts accounts) {
        this.provisions = provisions;
        this.authorities = authorities;
        this.monitoring = monitoring;
        this.calendar = calendar;
        this.audited = new Audited(audit, accounts);
    }

    @Transactional(readOnly = true)
    public List<ProvisionRow> page(ProvisionFilter filter, int offset, int limit) {
        return provisions.search(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(ProvisionFilter filter) {
        return provisions.count(filter);
    }

    @Transactional(readOnly = true)
    public ProvisionDetails details(ProvisionId id) {
        return provisions.details(id);
    }

    /** Every authority, by name, for the local-authority choice and filter (a hundred or so). */
    @Transactional(readOnly = true)
    public List<AuthorityDetails> authorities() {
        return authorities.authorities(null, 0, 500);
    }

    /** @param town null when not known */
    public ProvisionId create(NewProvision provision, String town) {
        ProvisionId id = provisions.create(provision);
        if (town != null && !town.isBlank()) {
            provisions.update(id, new ProvisionChanges(provision.name(), provision.urn(), provision.type(),
                    provision.phone(), provision.contactName(), provision.localAuthority(), town));
        }
        audited.record("admin-provision-created", "provision", id.toString(), "none", describe(id));
        return id;
    }

    public void saveDetails(ProvisionId id, ProvisionChanges changes) {
        audited.change("admin-provision-details", "provision", id.toString(), () -> describe(id),
                () -> provisions.update(id, changes));
    }

    public void saveWindows(ProvisionId id, List<CallWindow> windows) {
        audited.change("admin-provision-windows", "provision", id.toString(), () -> describe(id),
                () -> provisions.replaceWindows(id, windows));
    }

    /** @param password null or blank removes it */
    public void setPassword(ProvisionId id, String password) {
        audited.change("admin-provision-password", "provision", id.toString(),
                () -> provisions.details(id).passwordSet() ? "a password" : "no password",
                () -> provisions.setPassword(id, password));
    }

    public void saveFrequency(ProvisionId id, Frequency frequency, DayOfWeek weeklyDay, String reason) {
        audited.change("admin-provision-frequency", "provision", id.toString(), () -> describe(id),
                () -> monitoring.setCallFrequency(id, frequency, weeklyDay, reason));
    }

    @Transactional(readOnly = true)
    public List<Closure> closures(ProvisionId id) {
        return calendar.closures(id);
    }

    public Closure addClosure(NewClosure closure) {
        Closure added = calendar.recordClosure(closure, audited.actor());
        audited.record("admin-provision-closure-added", "provision", closure.provision().toString(), "none",
                describe(added));
        return added;
    }

    public void withdrawClosure(ProvisionId provision, ClosureId closure) {
        Closure before = calendar.closure(closure).filter(c -> c.provision().equals(provision))
                .orElseThrow(() -> new IllegalArgumentException("Closures: that closure is not this provision's"));
        Closure after = calendar.withdrawClosure(closure, audited.actor());
        audited.record("admin-provision-closure-withdrawn", "provision", provision.toString(), describe(before),
                describe(after));
    }

    private String describe(ProvisionId id) {
        return provisions.details(id).describe();
    }

    private static String describe(Closure c) {
        return c.firstDay() + " to " + c.lastDay() + " " + c.sessions() + " " + c.description()
                + (c.live() ? "" : " (withdrawn)");
    }
}
