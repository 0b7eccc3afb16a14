package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.directory.Upn;
import org.rollcall.imports.BulkImports;
import org.rollcall.imports.ImportKind;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * In a real browser (ADR 0043): an admin uploads a children file; the dry run arrives by server push with each
 * problem by line and column and Import disabled; axe-core finds nothing serious (screenshot imports-dry-run).
 * LA number 888 is shared with the other imports tests of this context (looked up, or set up when missing).
 */
@RollcallIntegrationTest
class ImportsInBrowserIntegrationTests extends InBrowser {

    @Autowired Accounts accounts;
    @Autowired DirectoryAdmin directory;
    @Autowired BulkImports imports;
    @Autowired JdbcClient jdbc;

    @Test
    void anAdminSeesTheDryRunOfAFileWithProblems() throws Exception {
        if (jdbc.sql("SELECT id FROM authority WHERE la_code = '888'").query(UUID.class).optional().isEmpty()) {
            directory.createAuthority("Importham Borough", Nation.ENGLAND, "888");
        }
        accounts.createUser("imports-web-admin", "Imports Web Admin", "web-password-81", Role.ADMIN, null);
        String good = Upn.withCheckLetter("888400000001");
        String wrong = (good.charAt(0) == 'A' ? "B" : "A") + good.substring(1);
        String file = String.join(",", imports.columns(ImportKind.CHILDREN).all()) + "\n"
                + "888,WEB-1," + good + ",Lily,Webb,01/02/2016,4,Looked-after child,in,No SEN,,,,,,,,\n"
                + "888,WEB-2," + wrong + ",Max,Webb,2016/02/01,4,Looked-after child,in,No SEN,,,,,,,,\n"
                + "888,WEB-3,,Noor,Webb,03/04/2015,5,Looked after,out,EHC plan,,,Pat Carer,+33 1 23 45 67 89,,,,\n";
        Path csv = Files.createTempFile("children-", ".csv");
        Files.writeString(csv, file, StandardCharsets.UTF_8);

        Page admin = signIn("imports-web-admin", "web-password-81");
        admin.navigate(url("/admin/imports"));
        admin.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(ImportKind.CHILDREN.label())).check();
        admin.locator("vaadin-upload input[type=file]").setInputFiles(csv);
        assertThat(admin.locator("#imports-status")).containsText("3 problems",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(admin.locator("#imports-summary")).hasText("Without them: 1 would be created, 0 updated, "
                + "0 unchanged.");
        assertThat(admin.locator("vaadin-grid")).containsText("wrong check letter");
        assertThat(admin.locator("vaadin-grid")).containsText("not a valid UK telephone number");
        assertThat(admin.locator("vaadin-button", new Page.LocatorOptions().setHasText("Import"))).isDisabled();
        Axe.assertAccessible(admin, "imports-dry-run");
        Files.delete(csv);
    }
}
