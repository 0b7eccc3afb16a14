package org.rollcall.imports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.directory.Upn;
import org.rollcall.imports.BulkImports;
import org.rollcall.imports.ImportKind;
import org.rollcall.imports.TabularReader;
import org.rollcall.imports.TabularTemplates;
import org.rollcall.imports.TabularRow;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.Push;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;

/**
 * The Imports screen, server-side: an admin uploads a children file with a bad line and sees every problem by line
 * and column with Import disabled; the corrected file's dry run says what would be created, and Import writes it.
 * The templates read back through the reader with no problem. An authority user is refused the screen and its menu
 * entry. LA number 888 (shared with BulkImportsIntegrationTests: same rows would collide, so other UPNs here).
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportsViewIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired Accounts accounts;
    @Autowired DirectoryAdmin directory;
    @Autowired BulkImports imports;
    @Autowired TabularReader reader;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    void users() {
        AuthorityId authority = jdbc.sql("SELECT id FROM authority WHERE la_code = '888'").query(java.util.UUID.class)
                .optional().map(AuthorityId::new)
                .orElseGet(() -> directory.createAuthority("Importham Borough", Nation.ENGLAND, "888"));
        accounts.createUser("imports-admin", "Imports Admin", "imports-admin-1", Role.ADMIN, null);
        accounts.createUser("imports-authority", "Importham Virtual School", "imports-authority-1", Role.AUTHORITY,
                authority);
    }

    private static String child(int n, String upn, String born) {
        return "888,SCR-" + n + "," + upn + ",Kit,Screen" + n + "," + born + ",4,Looked-after child,in,No SEN,,,,,,,,\n";
    }

    @Test
    void anAdminSeesEveryProblemThenImportsTheCorrectedFile() throws Exception {
        SignIn.as(users, contexts, "imports-admin");
        ImportsView view = navigate(ImportsView.class);
        view.work = Runnable::run;
        view.kind.setValue(ImportKind.CHILDREN);
        String header = String.join(",", imports.columns(ImportKind.CHILDREN).all()) + "\n";
        String good = Upn.withCheckLetter("888300000001");
        String bad = (good.charAt(0) == 'A' ? "B" : "A") + good.substring(1);
        view.received("children.csv", temp(header + child(1, good, "01/02/2016") + child(2, bad, "2016/02/01")));
        Push.deliver();
        assertThat(view.status.getText()).isEqualTo("Checked children.csv (CSV, read as UTF-8): 2 problems. Nothing "
                + "can be imported until every one is fixed; nothing was written.");
        assertThat(view.problems.isVisible()).isTrue();
        assertThat(test(view.problems).size()).isEqualTo(2);
        assertThat(test(view.problems).getCellText(0, 0)).isEqualTo("3");
        assertThat(List.of(test(view.problems).getCellText(0, 1), test(view.problems).getCellText(1, 1)))
                .containsExactlyInAnyOrder("UPN", "date of birth");
        assertThat(view.importButton.isEnabled()).isFalse();

        view.received("children.csv", temp(header + child(1, good, "01/02/2016")
                + child(2, Upn.withCheckLetter("888300000002"), "01/02/2016")));
        Push.deliver();
        assertThat(view.summary.getText()).isEqualTo("2 would be created, 0 updated, 0 unchanged.");
        assertThat(view.problems.isVisible()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM child WHERE last_name LIKE 'Screen%'").query(Long.class).single())
                .isZero();
        test(view.importButton).click();
        Push.deliver();
        assertThat(view.status.getText()).isEqualTo("Imported children.csv.");
        assertThat(view.summary.getText()).isEqualTo("Children: 2 created, 0 updated, 0 unchanged.");
        assertThat(jdbc.sql("SELECT count(*) FROM child WHERE last_name LIKE 'Screen%'").query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE actor = 'imports-admin' AND action = 'import-file'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theTemplatesReadBackWithoutAProblem() throws Exception {
        for (ImportKind kind : ImportKind.values()) {
            for (boolean xlsx : List.of(false, true)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (xlsx) {
                    TabularTemplates.xlsx(imports.columns(kind).all(), imports.example(kind), out);
                } else {
                    TabularTemplates.csv(imports.columns(kind).all(), imports.example(kind), out);
                }
                List<TabularRow> rows = new java.util.ArrayList<>();
                var file = reader.read(kind + (xlsx ? ".xlsx" : ".csv"),
                        new java.io.ByteArrayInputStream(out.toByteArray()), imports.columns(kind), rows::add);
                assertThat(file.problems()).as(kind + " " + xlsx).isEmpty();
                assertThat(rows).as(kind + " " + xlsx).hasSize(1);
            }
        }
    }

    @Test
    void anAuthorityUserIsRefusedTheScreen() {
        SignIn.as(users, contexts, "imports-authority");
        navigate("admin/imports", Component.class);
        assertThat(find(ImportsView.class).all()).isEmpty();
        assertThat(find(SideNavItem.class).all().stream().map(SideNavItem::getLabel)).doesNotContain("Imports");
    }

    private static Path temp(String csv) throws Exception {
        Path file = Files.createTempFile("imports-view-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }
}
