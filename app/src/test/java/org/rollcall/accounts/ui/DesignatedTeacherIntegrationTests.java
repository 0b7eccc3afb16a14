package org.rollcall.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Caller;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;

/**
 * The designated-teacher role (ADR 0042): a user bound to one provision, who signs in to their school's pupils
 * ("My pupils", ADR 0044), is no staff member and sees no authority's data; the database holds the binding rule too.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DesignatedTeacherIntegrationTests extends SpringBrowserlessTest {

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired DirectoryAdmin directory;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired JdbcClient jdbc;

    AuthorityId authority;
    ProvisionId school;
    UserId teacher;

    @BeforeAll
    void aSchoolAndItsDesignatedTeacher() {
        authority = directory.createAuthority("Teacherton Borough", Nation.ENGLAND, "875");
        school = directory.createProvision(new NewProvision("Teacherton Academy", null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 960875"), "Ms Head", null, Frequency.WEEKLY, 5,
                List.of(new CallWindow(null, LocalTime.of(13, 30), LocalTime.of(14, 0))), authority,
                "not called in these tests"));
        teacher = accounts.createDesignatedTeacher("dt-teacherton", "Mrs Designated", "teacher-password-1", school);
    }

    @Test
    void aDesignatedTeacherIsBoundToTheirProvisionAndNoAuthority() {
        Caller caller = accounts.findUser("dt-teacherton").orElseThrow();
        assertThat(caller.role()).isEqualTo(Role.DESIGNATED_TEACHER);
        assertThat(caller.role().label()).isEqualTo("Designated teacher");
        assertThat(caller.userId()).isEqualTo(teacher);
        assertThat(caller.provisionId()).isEqualTo(school);
        assertThat(caller.authorityId()).isNull();
        assertThat(caller.mayAccessProvision(school)).isTrue();
        assertThat(caller.mayAccessProvision(ProvisionId.random())).isFalse();
        assertThat(caller.mayAccess(authority)).as("no authority-wide data, not even their school's authority")
                .isFalse();
        Caller staff = new Caller("qa", Role.QA, null, null);
        assertThat(staff.provisionId()).as("the four-argument constructor binds no provision").isNull();
        assertThat(staff.mayAccessProvision(school)).isTrue();
    }

    @Test
    void theyLandOnTheirPupilsWithNoStaffScreensInTheMenu() {
        SignIn.as(users, contexts, "dt-teacherton");
        // The home address forwards them to their pupils.
        navigate("", org.rollcall.schoolfeed.ui.MyPupilsView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("My pupils")
                .doesNotContain("Calls", "Workspace", "Dashboard", "Live day");
    }

    @Test
    void theySignInThroughTheLoginFormOverHttp() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(browser.send(HttpRequest.newBuilder(uri("/login")).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
        assertThat(csrf.find()).isTrue();
        String form = "username=dt-teacherton&password=teacher-password-1&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(uri("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).as("a screen opens, not the login page").isEqualTo(200);
        assertThat(home.body()).doesNotContain("name=\"password\"");
    }

    @Test
    void theirPasswordOpensNoAuthorityOrStaffEndpoint() throws Exception {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("dt-teacherton:teacher-password-1"
                .getBytes(StandardCharsets.UTF_8));
        for (String path : List.of("/api/v1/children", "/api/v1/escalations", "/api/v1/authorities/875/changes",
                "/api/v1/authorities/875/results", "/api/v1/calls/00000000-0000-0000-0000-000000000000",
                "/api/v1/admin/bank-holidays")) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path))
                    .header("Authorization", basic).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(403);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void aDesignatedTeacherNeedsAKnownProvisionAndOnlyTheyHaveOne() {
        assertThatThrownBy(() -> accounts.createDesignatedTeacher("dt-none", "No School", "teacher-password-1", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a provision");
        assertThatThrownBy(() -> accounts.createDesignatedTeacher("dt-unknown", "Unknown School",
                "teacher-password-1", new ProvisionId(UUID.randomUUID())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no provision with id");
        assertThatThrownBy(() -> accounts.createUser("dt-role", "Role Only", "teacher-password-1",
                Role.DESIGNATED_TEACHER, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("createDesignatedTeacher");
        assertThatThrownBy(() -> accounts.createDesignatedTeacher("dt-short", "Short", "short", school))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 8 characters");
        assertThatThrownBy(() -> accounts.grantRole(teacher, Role.QA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only staff");
        assertThat(accounts.findUser("dt-none")).isEmpty();

        // The database keeps the rule whatever writes to it.
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO app_user (id, username, display_name, password_hash, role)
                        VALUES (?, 'dt-sql', 'Sql', 'x', 'DESIGNATED_TEACHER')""").param(UUID.randomUUID()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO app_user (id, username, display_name, password_hash, role, provision_id)
                        VALUES (?, 'qa-sql', 'Sql', 'x', 'QA', ?)""").params(UUID.randomUUID(), school.value())
                .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
