package org.rollcall.directory.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallFrequency;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.CohortRules;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Monitoring;
import org.rollcall.directory.MonitoredChild;
import org.rollcall.directory.MonitoredPlacement;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionDay;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ScopeMode;
import org.rollcall.directory.ServiceScope;
import org.rollcall.directory.Upn;
import org.rollcall.directory.WindowPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads who is monitored and how often; the rules themselves are in {@link ServiceScope} and {@link CohortRules}. */
@Service
@Transactional(readOnly = true)
class JdbcMonitoring implements Monitoring {

    private static final String EXPECTED = """
            FROM placement p JOIN child c ON c.id = p.child_id LEFT JOIN pilot_child pc ON pc.child_id = c.id
            WHERE p.starts_on <= ? AND (p.ends_on IS NULL OR p.ends_on >= ?) AND """ + JdbcDirectory.TIMETABLED;
    private static final String WITH_PROVISION = "FROM placement p JOIN provision v ON v.id = p.provision_id";

    private final JdbcClient jdbc;

    JdbcMonitoring(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MonitoredChild> monitoredChildren(ProvisionId provision, LocalDate day) {
        Map<AuthorityId, Terms> terms = terms(provision);
        List<MonitoredChild> children = new ArrayList<>();
        // The provision's frequency comes with each child (a screen pop reads this): one statement, not two.
        jdbc.sql("SELECT c.*, p.kind, pc.child_id IS NOT NULL AS in_pilot, v.frequency AS provision_frequency "
                        + EXPECTED.replace("FROM placement p", WITH_PROVISION)
                        + " AND p.provision_id = ? ORDER BY c.last_name, c.first_name")
                .params(day, day, day.getDayOfWeek().getValue(), provision.value())
                .query(rs -> {
                    AuthorityId authority = new AuthorityId(rs.getObject("authority_id", UUID.class));
                    Cohort cohort = Cohort.valueOf(rs.getString("cohort"));
                    int year = rs.getInt("year_group");
                    Terms t = terms.getOrDefault(authority, Terms.DEFAULT);
                    if (t.scope.covers(CohortRules.monitoredAs(cohort, year), rs.getBoolean("in_borough"),
                            rs.getBoolean("in_pilot"))) {
                        ExpectedChild child = expected(rs, authority);
                        children.add(new MonitoredChild(child, child.placement() == PlacementKind.ALTERNATIVE
                                ? CallFrequency.DAILY : t.rules.frequencyFor(cohort, year,
                                Frequency.valueOf(rs.getString("provision_frequency")))));
                    }
                });
        if (children.isEmpty() && jdbc.sql("SELECT count(*) FROM provision WHERE id = ?").param(provision.value())
                .query(Integer.class).single() == 0) {
            throw new IllegalArgumentException("no provision with id " + provision);
        }
        return children;
    }

    @Override
    public List<MonitoredPlacement> monitoredChildren(AuthorityId authority, LocalDate day) {
        Terms t = terms("%s = ?", authority.value()).getOrDefault(authority, Terms.DEFAULT);
        List<MonitoredPlacement> children = new ArrayList<>();
        Map<UUID, Provision> provisions = new HashMap<>();
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("SELECT c.*, p.kind, p.provision_id, pc.child_id IS NOT NULL AS in_pilot, v.name AS provision_name, "
                        + "v.frequency AS provision_frequency, v.weekly_day " + EXPECTED.replace("FROM placement p",
                        WITH_PROVISION)
                        + " AND c.authority_id = ? ORDER BY c.last_name, c.first_name, c.id")
                .params(day, day, day.getDayOfWeek().getValue(), authority.value())
                .query(rs -> {
                    Cohort cohort = Cohort.valueOf(rs.getString("cohort"));
                    int year = rs.getInt("year_group");
                    if (!t.scope.covers(CohortRules.monitoredAs(cohort, year), rs.getBoolean("in_borough"),
                            rs.getBoolean("in_pilot"))) {
                        return;
                    }
                    UUID provision = rs.getObject("provision_id", UUID.class);
                    Integer weekly = rs.getObject("weekly_day", Integer.class);
                    names.put(provision, rs.getString("provision_name"));
                    provisions.put(provision, new Provision(Frequency.valueOf(rs.getString("provision_frequency")),
                            weekly == null ? null : DayOfWeek.of(weekly), null, null));
                    ExpectedChild child = expected(rs, authority);
                    children.add(new MonitoredPlacement(new MonitoredChild(child,
                            child.placement() == PlacementKind.ALTERNATIVE ? CallFrequency.DAILY
                                    : t.rules.frequencyFor(cohort, year, provisions.get(provision).frequency)),
                            new ProvisionId(provision), null, null, null, null));
                });
        Map<UUID, CallWindow[]> windows = windows(provisions.keySet());
        return children.stream().map(c -> {
            UUID id = c.provision().value();
            CallWindow[] both = windows.getOrDefault(id, new CallWindow[2]);
            return new MonitoredPlacement(c.monitored(), c.provision(), names.get(id), provisions.get(id).weeklyDay,
                    both[WindowPart.MORNING.ordinal()], both[WindowPart.AFTERNOON.ordinal()]);
        }).toList();
    }

    /** The earliest window of each part for these provisions, in one query. */
    private Map<UUID, CallWindow[]> windows(java.util.Collection<UUID> provisions) {
        Map<UUID, CallWindow[]> windows = new HashMap<>();
        if (provisions.isEmpty()) {
            return windows;
        }
        jdbc.sql("SELECT id, provision_id, opens_at, closes_at, part FROM call_window WHERE provision_id = ANY(?) "
                + "ORDER BY opens_at").param(provisions.toArray(UUID[]::new)).query(rs -> {
            WindowPart part = WindowPart.valueOf(rs.getString(5));
            CallWindow[] both = windows.computeIfAbsent(rs.getObject(2, UUID.class), k -> new CallWindow[2]);
            if (both[part.ordinal()] == null) {
                both[part.ordinal()] = new CallWindow(rs.getObject(1, UUID.class),
                        rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class), part);
            }
        });
        return windows;
    }

    @Override
    public List<ProvisionDay> provisionsToCall(LocalDate day) {
        Map<UUID, Provision> provisions = provisions();
        Map<UUID, EnumSet<CallFrequency>> wanted = new HashMap<>();
        eachMonitored(day, provisions, (provision, frequency) -> wanted
                .computeIfAbsent(provision, k -> EnumSet.noneOf(CallFrequency.class)).add(frequency));
        List<ProvisionDay> days = new ArrayList<>(wanted.size());
        wanted.forEach((id, frequencies) -> {
            Provision p = provisions.get(id);
            if (p.afternoon == null) {
                return; // a school set up by a child's move, not called until the service is introduced
            }
            days.add(new ProvisionDay(new ProvisionId(id), frequencies, p.weeklyDay, p.morning, p.afternoon));
        });
        return days;
    }

    @Override
    public Map<ProvisionId, Integer> childrenToCall(LocalDate day) {
        Map<ProvisionId, Integer> counts = new HashMap<>();
        eachMonitored(day, provisions(), (provision, frequency) -> counts.merge(new ProvisionId(provision), 1,
                Integer::sum));
        return counts;
    }

    /** Every monitored child expected somewhere on the day, as its provision and how often it is called there. */
    private void eachMonitored(LocalDate day, Map<UUID, Provision> provisions,
                               java.util.function.BiConsumer<UUID, CallFrequency> child) {
        Map<AuthorityId, Terms> terms = terms();
        jdbc.sql("SELECT p.provision_id, c.authority_id, c.cohort, c.year_group, c.in_borough, "
                        + "pc.child_id IS NOT NULL, p.kind " + EXPECTED)
                .params(day, day, day.getDayOfWeek().getValue())
                .query(rs -> {
                    UUID provision = rs.getObject(1, UUID.class);
                    Terms t = terms.getOrDefault(new AuthorityId(rs.getObject(2, UUID.class)), Terms.DEFAULT);
                    Cohort cohort = Cohort.valueOf(rs.getString(3));
                    int year = rs.getInt(4);
                    if (t.scope.covers(CohortRules.monitoredAs(cohort, year), rs.getBoolean(5), rs.getBoolean(6))) {
                        child.accept(provision, alternative(rs.getString(7)) ? CallFrequency.DAILY
                                : t.rules.frequencyFor(cohort, year, provisions.get(provision).frequency));
                    }
                });
    }

    @Override
    public ServiceScope serviceScope(AuthorityId authority) {
        return terms().getOrDefault(authority, Terms.DEFAULT).scope;
    }

    @Override
    public CohortRules cohortRules(AuthorityId authority) {
        return terms().getOrDefault(authority, Terms.DEFAULT).rules;
    }

    /** Every authority's scope and cohort rules: a few hundred rows at most. */
    private Map<AuthorityId, Terms> terms() {
        return terms("TRUE");
    }

    /** The terms of the authorities whose children are placed at the provision: a call reads a few, not all. */
    private Map<AuthorityId, Terms> terms(ProvisionId provision) {
        return terms("%s IN (SELECT c.authority_id FROM placement p JOIN child c ON c.id = p.child_id "
                + "WHERE p.provision_id = ?)", provision.value());
    }

    /** {@code where} names the authority's column {@code %s}; its parameters follow. */
    private Map<AuthorityId, Terms> terms(String where, Object... params) {
        // One row per cohort rule, or one with no rule: scope and rules in one statement.
        Map<AuthorityId, ServiceScope> scopes = new HashMap<>();
        Map<AuthorityId, CohortRules> rules = new HashMap<>();
        jdbc.sql("SELECT a.id, a.scope_mode, a.scope_cohorts, r.cohort, r.frequency FROM authority a "
                        + "LEFT JOIN cohort_rule r ON r.authority_id = a.id WHERE " + where.formatted("a.id"))
                .params(params).query(rs -> {
                    AuthorityId id = new AuthorityId(rs.getObject(1, UUID.class));
                    if (!scopes.containsKey(id)) {
                        scopes.put(id, new ServiceScope(ScopeMode.valueOf(rs.getString(2)), cohorts(rs.getArray(3))));
                    }
                    CohortRules these = rules.getOrDefault(id, CohortRules.defaults());
                    rules.put(id, rs.getString(4) == null ? these
                            : these.with(Cohort.valueOf(rs.getString(4)), CallFrequency.valueOf(rs.getString(5))));
                });
        Map<AuthorityId, Terms> terms = new HashMap<>();
        scopes.forEach((id, scope) -> terms.put(id, new Terms(scope, rules.get(id))));
        return terms;
    }

    private Map<UUID, Provision> provisions() {
        Map<UUID, CallWindow[]> windows = new HashMap<>();
        jdbc.sql("SELECT id, provision_id, opens_at, closes_at, part FROM call_window ORDER BY opens_at").query(rs -> {
            WindowPart part = WindowPart.valueOf(rs.getString(5));
            CallWindow[] both = windows.computeIfAbsent(rs.getObject(2, UUID.class), k -> new CallWindow[2]);
            if (both[part.ordinal()] == null) {
                both[part.ordinal()] = new CallWindow(rs.getObject(1, UUID.class),
                        rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class), part);
            }
        });
        Map<UUID, Provision> provisions = new HashMap<>();
        jdbc.sql("SELECT id, frequency, weekly_day FROM provision").query(rs -> {
            UUID id = rs.getObject(1, UUID.class);
            Integer weekly = rs.getObject(3, Integer.class);
            CallWindow[] both = windows.getOrDefault(id, new CallWindow[2]);
            provisions.put(id, new Provision(Frequency.valueOf(rs.getString(2)),
                    weekly == null ? null : DayOfWeek.of(weekly), both[WindowPart.MORNING.ordinal()],
                    both[WindowPart.AFTERNOON.ordinal()]));
        });
        return provisions;
    }

    /**
     * A child attending an alternative provision is asked for on the day of each timetabled session (ADR 0028):
     * the AP's absence must reach the on-roll school that day, whatever the child's cohort frequency.
     */
    private static boolean alternative(String kind) {
        return PlacementKind.ALTERNATIVE.name().equals(kind);
    }

    private static Set<Cohort> cohorts(Array array) throws SQLException {
        Set<Cohort> cohorts = EnumSet.noneOf(Cohort.class);
        for (Object o : (Object[]) array.getArray()) {
            cohorts.add(Cohort.valueOf((String) o));
        }
        return cohorts;
    }

    private static ExpectedChild expected(ResultSet rs, AuthorityId authority) throws SQLException {
        String upn = rs.getString("upn");
        return new ExpectedChild(new ChildId(rs.getObject("id", UUID.class)), authority,
                upn == null ? null : new Upn(upn), rs.getString("first_name"), rs.getString("last_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getInt("year_group"),
                PlacementKind.valueOf(rs.getString("kind")));
    }

    private record Terms(ServiceScope scope, CohortRules rules) {
        static final Terms DEFAULT = new Terms(ServiceScope.everyone(), CohortRules.defaults());
    }

    private record Provision(Frequency frequency, DayOfWeek weeklyDay, CallWindow morning, CallWindow afternoon) {
    }
}
