package org.rollcall.reports.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.ChildRoster;
import org.rollcall.directory.ChildRoster.RosterChild;
import org.rollcall.reports.ReportKind;
import org.rollcall.statistics.DateRange;
import org.springframework.stereotype.Component;

/**
 * Every child of the authority with what is wrong with their UPN for the SSDA903 return (DfE joins census data by
 * UPN): missing, malformed, wrong check letter, another LA's number, or the same UPN as another child of the
 * authority. Children with a problem first, then by name; the school is the one on the range's last day.
 */
@Component
class UpnQualityReport implements ReportDefinition {

    private final ChildRoster roster;

    UpnQualityReport(ChildRoster roster) {
        this.roster = roster;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.UPN_QUALITY;
    }

    @Override
    public List<String> columns() {
        return List.of("Child", "UPN", "School", "Status", "Problems");
    }

    @Override
    public List<List<Object>> rows(AuthoritySummary authority, DateRange range, int limit) {
        List<RosterChild> children = roster.children(authority.id(), range.to(), 0, limit + 1);
        Map<String, List<RosterChild>> byUpn = new HashMap<>();
        children.forEach(c -> {
            String key = UpnCheck.normalised(c.upn());
            if (key != null) {
                byUpn.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        });
        record Checked(RosterChild child, List<String> problems) {
        }
        return children.stream().map(c -> {
                    List<String> problems = new ArrayList<>(UpnCheck.problems(c.upn(), authority.laCode()));
                    String key = UpnCheck.normalised(c.upn());
                    if (key != null && byUpn.get(key).size() > 1) {
                        problems.add("Same UPN as " + String.join(", ", byUpn.get(key).stream().filter(o -> o != c)
                                .map(RosterChild::name).toList()));
                    }
                    return new Checked(c, problems);
                })
                .sorted(Comparator.comparing((Checked k) -> k.problems().isEmpty())
                        .thenComparing(k -> k.child().name()))
                .map(k -> Arrays.<Object>asList(k.child().name(),
                        k.child().upn() == null ? "Not known" : k.child().upn().strip(),
                        k.child().school() == null ? "No school on record" : k.child().school(),
                        k.problems().isEmpty() ? "OK" : "To check", String.join("; ", k.problems())))
                .toList();
    }
}
