package org.rollcall.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.AuditLog;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.directory.Upn;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports against the real database: a dry run writes nothing; one bad row imports nothing; a good import then the
 * same file again changes nothing (no rows, no audit entries); a changed row updates only that child, audited with
 * before and after. LA numbers 888 and 889, URNs 8880xx, UPNs of LA 888/889: used by no other test.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkImportsIntegrationTests {

    static final String PROVISIONS_HEADER = "URN or reference,name,type,nation,LA number,phone,contact name,"
            + "call windows,frequency,contact email,weekly day,weekly reason,designated teacher name,"
            + "designated teacher phone,designated teacher email\n";
    static final String CHILDREN_HEADER = "LA number,local reference,UPN,first name,last name,date of birth,"
            + "year group,cohort,in or out of borough,SEN,school,placement start,carer name,carer phone,carer email,"
            + "social worker name,social worker phone,social worker email\n";

    @Autowired BulkImports imports;
    @Autowired DirectoryAdmin directory;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;

    @BeforeAll
    void authorities() {
        // The screen's tests in the same context may have set up 888 first.
        if (jdbc.sql("SELECT id FROM authority WHERE la_code = '888'").query(java.util.UUID.class).optional()
                .isEmpty()) {
            directory.createAuthority("Importham Borough", Nation.ENGLAND, "888");
        }
        directory.createAuthority("Elsewhere Importshire", Nation.ENGLAND, "889");
    }

    static String upn(String la, int n) {
        return Upn.withCheckLetter(la + "2" + String.format("%08d", n));
    }

    private ImportReport dry(ImportKind kind, String csv) {
        return imports.dryRun(kind, "test.csv", stream(csv), ImportProgress.NONE);
    }

    private ImportReport run(ImportKind kind, String csv) {
        return imports.importFile(kind, "test.csv", stream(csv), "import-tester", ImportProgress.NONE);
    }

    private static ByteArrayInputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void aDryRunWritesNothingAndAnImportThenTheSameFileAgainChangesNothing() {
        String provisions = PROVISIONS_HEADER
                + "888001,Import Primary,Mainstream school,England,888,01632 960001,Pat Office,"
                + "09:30-10:00; 13:30-14:00,Daily,office@import.example.org,,,Dee Teacher,01632 960002,\n"
                + ",Import Tuition Centre,Alternative provision,England,888,01632 960003,Ali Tutor,13:00-13:30,"
                + "Weekly,,Wednesday,two learners only,,,\n";
        ImportReport dryRun = dry(ImportKind.PROVISIONS, provisions);
        assertThat(dryRun.problems()).isEmpty();
        assertThat(dryRun.created()).isEqualTo(2);
        assertThat(dryRun.imported()).isFalse();
        assertThat(count("SELECT count(*) FROM provision WHERE name LIKE 'Import %'")).isZero();

        ImportReport imported = run(ImportKind.PROVISIONS, provisions);
        assertThat(imported.imported()).isTrue();
        assertThat(imported.created()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM provision WHERE name LIKE 'Import %'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM call_window w JOIN provision p ON p.id = w.provision_id "
                + "WHERE p.name LIKE 'Import %'")).isEqualTo(3);
        String reference = jdbc.sql("SELECT rollcall_reference FROM provision WHERE name = 'Import Tuition Centre'")
                .query(String.class).single();
        assertThat(reference).matches("RC[0-9]{6}");

        String children = CHILDREN_HEADER
                + "888,IMP-1," + upn("888", 1) + ",Ann,Able,31/01/2015,5,Looked-after child,in,No SEN,888001,"
                + "02/09/2025,Chris Carer,07700 900001,,,,\n"
                + "888,IMP-2,,Ben,Bold,2014-03-04,R,LAC,out,EHC plan," + reference + ",2025-09-02,,,,"
                + "Sam Worker,,sam@import.example.org\n"
                + "888,," + upn("888", 3) + ",Cat,Calm,01/05/2013,7,Looked-after child,in,SEN support,,,,,,,,\n";
        assertThat(dry(ImportKind.CHILDREN, children).created()).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM child WHERE last_name IN ('Able', 'Bold', 'Calm')")).isZero();
        ImportReport childrenIn = run(ImportKind.CHILDREN, children);
        assertThat(childrenIn.problems()).isEmpty();
        assertThat(childrenIn.created()).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM placement p JOIN child c ON c.id = p.child_id "
                + "WHERE c.last_name IN ('Able', 'Bold', 'Calm')")).isEqualTo(2);

        long rows = everything();
        long audits = count("SELECT count(*) FROM audit_log WHERE action LIKE 'import-updated-%'");
        ImportReport again = run(ImportKind.PROVISIONS, provisions);
        assertThat(again.created() + again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        ImportReport childrenAgain = run(ImportKind.CHILDREN, children);
        assertThat(childrenAgain.created() + childrenAgain.updated()).isZero();
        assertThat(childrenAgain.unchanged()).isEqualTo(3);
        assertThat(everything()).isEqualTo(rows);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action LIKE 'import-updated-%'")).isEqualTo(audits);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'import-file' AND actor = 'import-tester'"))
                .isGreaterThanOrEqualTo(4);

        // One changed field updates that child only, audited with before and after.
        String changed = children.replace("Ann,Able,31/01/2015,5", "Ann,Able,31/01/2015,6");
        ImportReport update = run(ImportKind.CHILDREN, changed);
        assertThat(update.updated()).isEqualTo(1);
        assertThat(update.unchanged()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM child WHERE last_name = 'Able' AND year_group = 6")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'import-updated-child' ORDER BY at DESC "
                + "LIMIT 1").query(String.class).single()).isEqualTo("yearGroup: 5 \u2192 6");
        assertThat(everything()).isEqualTo(rows);
    }

    private long everything() {
        return count("SELECT (SELECT count(*) FROM provision) + (SELECT count(*) FROM call_window) "
                + "+ (SELECT count(*) FROM child) + (SELECT count(*) FROM placement) + (SELECT count(*) FROM contact)");
    }

    @Test
    void oneBadRowImportsNothingAndEveryProblemIsNamed() {
        String children = CHILDREN_HEADER
                + "888,BAD-1," + upn("888", 11) + ",Dan,Dull,31/01/2015,5,Looked-after child,in,No SEN,,,,,,,,\n"
                + "888,BAD-2,B" + upn("888", 12).substring(1).replace('B', 'C') + ",Eve,Even,31/01/2015,5,"
                + "Looked-after child,in,No SEN,,,,,,,,\n"
                + "999,BAD-3,,Fay,Fine,31.01.2015,5,Looked-after child,in,No SEN,999999,01/09/2025,,,,,,\n"
                + "888,BAD-4," + upn("888", 11) + ",Gus,Good,31/01/2015,5,Looked-after child,in,No SEN,,,,,,,,\n";
        ImportReport report = run(ImportKind.CHILDREN, children);
        assertThat(report.imported()).isFalse();
        assertThat(report.problems()).extracting(p -> p.line() + " " + p.column()).contains("4 LA number",
                "4 date of birth", "5 UPN");
        assertThat(report.problems()).extracting(FileProblem::message).anyMatch(m -> m.contains("LA number '999'"))
                .anyMatch(m -> m.contains("write it as dd/mm/yyyy")).anyMatch(m -> m.contains("is also on line 2"));
        assertThat(count("SELECT count(*) FROM child WHERE last_name IN ('Dull', 'Even', 'Fine', 'Good')")).isZero();
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'import-file-refused'")).isPositive();
    }

    @Test
    void aUpnOfAnotherAuthoritysChildAndAnUnknownSchoolAreRefused() {
        run(ImportKind.CHILDREN, CHILDREN_HEADER + "889,ELS-1," + upn("889", 21)
                + ",Hal,Held,31/01/2015,5,Looked-after child,in,No SEN,,,,,,,,\n");
        ImportReport report = dry(ImportKind.CHILDREN, CHILDREN_HEADER + "888,OWN-1," + upn("889", 21)
                + ",Ivy,Ink,31/01/2015,5,Looked-after child,in,No SEN,RC999999,01/09/2025,,,,,,\n");
        assertThat(report.problems()).extracting(FileProblem::describe).containsExactlyInAnyOrder(
                "Line 2, column \"school\": no provision has the URN or Rollcall reference RC999999: check it, or "
                        + "import the provisions file first",
                "Line 2, column \"UPN\": UPN " + upn("889", 21) + " already belongs to a child of Elsewhere "
                        + "Importshire: a UPN belongs to one child; check it with the school");
    }

    @Test
    void badProvisionValuesAreNamedWithTheirColumns() {
        ImportReport report = dry(ImportKind.PROVISIONS, PROVISIONS_HEADER
                + "88801,Short Urn School,Mainstream school,England,888,01632 960011,Pat,13:30-14:00,Daily,,,,,,\n"
                + "888011,Foreign Phone School,Mainstream school,England,888,+33 1 23 45 67 89,Pat,13:30-14:00,Daily,"
                + ",,,,,\n"
                + "888012,Backwards School,Mainstream school,England,888,01632 960012,Pat,14:00-13:30,Daily,,,,,,\n"
                + "888013,Nowhere School,Mainstream school,England,998,01632 960013,Pat,13:30-14:00,Daily,,,,,,\n");
        assertThat(report.problems()).extracting(p -> p.line() + " " + p.column()).containsExactly(
                "2 URN or reference", "3 phone", "4 call windows", "5 LA number");
        assertThat(count("SELECT count(*) FROM provision WHERE name LIKE '% School' AND urn LIKE '8880%'")).isZero();
        assertThat(List.of(report.created(), report.imported())).containsExactly(0, false);
    }
}
