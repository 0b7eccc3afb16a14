package org.rollcall.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.Upn;
import org.rollcall.directory.WindowPart;
import org.rollcall.imports.FileProblem;
import org.rollcall.imports.TabularRow;

/** One row of each file read into values, and each bad value of issue 14's list named with its line and column. */
class ImportRowsTests {

    private static final Map<String, AuthoritySummary> AUTHORITIES = Map.of("881", new AuthoritySummary(
            AuthorityId.random(), "Rows Borough", Nation.ENGLAND, "881", 13));
    private final List<FileProblem> problems = new ArrayList<>();

    private static TabularRow row(List<String> columns, List<String> values, Map<String, String> changes) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.put(columns.get(i), values.get(i));
        }
        cells.putAll(changes);
        return new TabularRow(7, cells);
    }

    private ProvisionFile.Parsed provision(Map<String, String> changes) {
        problems.clear();
        return ProvisionFile.read(row(ProvisionFile.COLUMNS.all(), ProvisionFile.EXAMPLE, changes), AUTHORITIES,
                problems);
    }

    private ChildFile.Parsed child(Map<String, String> changes) {
        problems.clear();
        return ChildFile.read(row(ChildFile.COLUMNS.all(), ChildFile.EXAMPLE, changes), AUTHORITIES, problems);
    }

    private List<String> where() {
        return problems.stream().map(p -> p.line() + " " + p.column()).toList();
    }

    @Test
    void theTemplatesExampleRowsAreGood() {
        ProvisionFile.Parsed p = provision(Map.of());
        assertThat(problems).isEmpty();
        assertThat(p.key()).isEqualTo("100000");
        assertThat(p.values().windows()).extracting(w -> w.part()).containsExactly(WindowPart.MORNING,
                WindowPart.AFTERNOON);
        assertThat(p.values().designatedTeacher().name()).isEqualTo("Alex Teacher");
        ChildFile.Parsed c = child(Map.of());
        assertThat(problems).isEmpty();
        assertThat(c.upn().value()).isEqualTo(Upn.withCheckLetter("881200001001"));
        assertThat(c.dateOfBirth()).hasToString("2015-01-31");
        assertThat(c.school()).isEqualTo("100000");
    }

    @Test
    void badProvisionValuesAreNamedWithLineAndColumn() {
        provision(Map.of(ProvisionFile.KEY, "12345", ProvisionFile.PHONE, "+33 1 23 45 67 89",
                ProvisionFile.WINDOWS, "14:00-13:30", ProvisionFile.LA, "999"));
        assertThat(where()).containsExactlyInAnyOrder("7 URN or reference", "7 phone", "7 call windows",
                "7 LA number");
        assertThat(problems).extracting(FileProblem::message).anyMatch(m -> m.contains("closes before it opens"))
                .anyMatch(m -> m.contains("not a valid UK telephone number"))
                .anyMatch(m -> m.contains("no authority has LA number '999'"));
    }

    @Test
    void aWeeklyProvisionNeedsItsDayAndReasonAndWindowsAreReadForgivingly() {
        provision(Map.of(ProvisionFile.FREQUENCY, "weekly"));
        assertThat(where()).containsExactly("7 weekly day", "7 weekly reason");
        ProvisionFile.Parsed p = provision(Map.of(ProvisionFile.FREQUENCY, "Weekly", ProvisionFile.WEEKLY_DAY, "wed",
                ProvisionFile.WEEKLY_REASON, "two learners", ProvisionFile.WINDOWS, "13.30 \u2013 14.00"));
        assertThat(problems).isEmpty();
        assertThat(p.values().frequency()).isEqualTo(Frequency.WEEKLY);
        assertThat(p.values().weeklyDay()).isEqualTo(3);
        assertThat(provision(Map.of(ProvisionFile.WINDOWS, "morning"))).isNull();
        assertThat(problems.getFirst().message()).startsWith("'morning' is not a call window");
    }

    @Test
    void badChildValuesAreNamedWithLineAndColumn() {
        String upn = Upn.withCheckLetter("881200001001");
        String wrongLetter = (upn.charAt(0) == 'A' ? "B" : "A") + upn.substring(1);
        child(Map.of(ChildFile.UPN, wrongLetter, ChildFile.BIRTH, "31-01-2015", ChildFile.LA, "999",
                ChildFile.YEAR, "Year 15", ChildFile.CARER_PHONE, "+1 212 555 0100"));
        assertThat(where()).containsExactlyInAnyOrder("7 UPN", "7 date of birth", "7 LA number", "7 year group",
                "7 carer phone");
        assertThat(problems).extracting(FileProblem::message).anyMatch(m -> m.contains("wrong check letter"))
                .anyMatch(m -> m.equals("'31-01-2015' is not a date Rollcall reads: write it as dd/mm/yyyy "
                        + "(31/01/2015) or yyyy-mm-dd (2015-01-31)"));
    }

    @Test
    void aChildNeedsAReferenceOrAUpnAndTheOtherValuesAreReadForgivingly() {
        child(Map.of(ChildFile.UPN, "", ChildFile.REFERENCE, ""));
        assertThat(where()).containsExactly("7 UPN");
        ChildFile.Parsed c = child(Map.of(ChildFile.UPN, "", ChildFile.YEAR, "R", ChildFile.COHORT, "lac",
                ChildFile.BOROUGH, "Out", ChildFile.SEN, "EHCP", ChildFile.BIRTH, "2015-01-31"));
        assertThat(problems).isEmpty();
        assertThat(c.upn()).isNull();
        assertThat(c.yearGroup()).isZero();
        assertThat(c.inBorough()).isFalse();
        child(Map.of(ChildFile.SCHOOL, "", ChildFile.START, "01/09/2025", ChildFile.CARER, ""));
        assertThat(where()).containsExactlyInAnyOrder("7 school", "7 carer name");
    }
}
