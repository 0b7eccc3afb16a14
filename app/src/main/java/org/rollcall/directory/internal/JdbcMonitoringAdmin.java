package org.rollcall.directory.internal;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallFrequency;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.MonitoringAdmin;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ServiceScope;
import org.rollcall.platform.FreeText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcMonitoringAdmin implements MonitoringAdmin {

    private final JdbcClient jdbc;

    JdbcMonitoringAdmin(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void setServiceScope(AuthorityId authority, ServiceScope scope, Collection<ChildId> pilot) {
        if (pilot != null) {
            setPilot(authority, pilot);
        }
        String[] cohorts = scope.cohorts().stream().sorted().map(Cohort::name).toArray(String[]::new);
        requireOne(jdbc.sql("UPDATE authority SET scope_mode = ?, scope_cohorts = ? WHERE id = ?")
                .params(scope.mode().name(), cohorts, authority.value()).update(), "authority", authority.value());
    }

    private void setPilot(AuthorityId authority, Collection<ChildId> children) {
        UUID[] ids = children.stream().map(ChildId::value).distinct().toArray(UUID[]::new);
        List<UUID> strangers = jdbc.sql("""
                        SELECT id FROM unnest(?::uuid[]) AS id
                        WHERE NOT EXISTS (SELECT 1 FROM child c WHERE c.id = id AND c.authority_id = ?)""")
                .params(ids, authority.value()).query(UUID.class).list();
        if (!strangers.isEmpty()) {
            throw new IllegalArgumentException("a pilot list holds only the authority's own children; these are "
                    + "not: " + strangers + ". Nothing was changed");
        }
        jdbc.sql("DELETE FROM pilot_child WHERE child_id IN (SELECT id FROM child WHERE authority_id = ?)")
                .param(authority.value()).update();
        jdbc.sql("INSERT INTO pilot_child (child_id) SELECT unnest(?::uuid[])").param(ids).update();
    }

    @Override
    public void setCohortFrequency(AuthorityId authority, Cohort cohort, CallFrequency frequency) {
        if (cohort == null || frequency == null) {
            throw new IllegalArgumentException("give a cohort (looked-after children, post-16, youth offending team, "
                    + "children missing education) and how often it is called (daily, weekly, twice a day)");
        }
        requireOne(jdbc.sql("SELECT count(*) FROM authority WHERE id = ?").param(authority.value())
                .query(Integer.class).single(), "authority", authority.value());
        jdbc.sql("""
                        INSERT INTO cohort_rule (authority_id, cohort, frequency) VALUES (?, ?, ?)
                        ON CONFLICT (authority_id, cohort) DO UPDATE SET frequency = EXCLUDED.frequency""")
                .params(authority.value(), cohort.name(), frequency.name()).update();
    }

    @Override
    public void setCallFrequency(ProvisionId provision, Frequency frequency, DayOfWeek weeklyDay, String reason) {
        if (frequency == null) {
            throw new IllegalArgumentException("give how often the provision is called: daily or weekly");
        }
        if (weeklyDay != null && weeklyDay.getValue() > DayOfWeek.FRIDAY.getValue()) {
            throw new IllegalArgumentException("a weekly call day must be Monday to Friday, not "
                    + weeklyDay.getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)
                    + ": schools are not called at weekends");
        }
        String why = FreeText.checked(reason, "the reason", FreeText.MAX_REASON, false);
        if (frequency == Frequency.WEEKLY && (weeklyDay == null || why == null)) {
            throw new IllegalArgumentException("moving a provision to weekly calls needs the weekday to call it "
                    + "(Monday to Friday) and the reason, for example \"the head objects to daily calls\"");
        }
        requireOne(jdbc.sql("UPDATE provision SET frequency = ?, weekly_day = ?, weekly_reason = ? WHERE id = ?")
                .params(frequency.name(), weeklyDay == null ? null : weeklyDay.getValue(),
                        frequency == Frequency.WEEKLY ? why : null, provision.value())
                .update(), "provision", provision.value());
    }

    private static void requireOne(int rows, String what, UUID id) {
        if (rows == 0) {
            throw new IllegalArgumentException("no " + what + " with id " + id);
        }
    }
}
