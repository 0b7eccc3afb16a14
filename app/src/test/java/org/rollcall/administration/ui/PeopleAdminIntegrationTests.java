package org.rollcall.administration.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.People;
import org.rollcall.accounts.People.Person;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.Directory;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;

/**
 * The People screen (ADR 0042), server-side and over HTTP: users are created, changed, disabled and enabled, their
 * passwords reset, each audited; bad input is refused naming the field with nothing saved; a disabled user cannot
 * sign in and their open session ends; an admin cannot disable themselves or the last enabled admin; only admins in.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleAdminIntegrationTests extends SpringBrowserlessTest {

    @LocalServerPort int port;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired Accounts accounts;
    @Autowired People people;
    @Autowired AuditLog audit;
    @Autowired DirectoryAdmin directory;
    @Autowired Directory directoryRead;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    AuthorityId authority;
    ProvisionId school;

    @BeforeAll
    void anAdminAnAuthorityAndASchool() {
        authority = directory.createAuthority("Peopleton Borough", Nation.ENGLAND, "876");
        school = directory.createProvision(new NewProvision("Peopleton Primary", null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 960876"), "Mr Head", null, Frequency.WEEKLY, 5,
                List.of(new CallWindow(null, LocalTime.of(13, 30), LocalTime.of(14, 0))), authority,
                "not called in these tests"));
        accounts.createUser("pa-admin", "Admin Peopleton", "admin-password-1", Role.ADMIN, null);
        accounts.createUser("pa-operator", "Operator Peopleton", "operator-password-1", Role.OPERATOR, null);
    }

    @Test
    void anAdminCreatesAnAuthorityUserAndADesignatedTeacherOnTheScreenAndEachIsAudited() {
        SignIn.as(users, contexts, "pa-admin");
        PeopleView view = navigate(PeopleView.class);
        test(view.username).setValue("pa-virtual-school");
        test(view.displayName).setValue("Virtual School Peopleton");
        view.role.setValue(Role.AUTHORITY);
        assertThat(view.authority.isVisible()).isTrue();
        assertThat(view.provision.isVisible()).isFalse();
        test(view.password).setValue("strong-password-1");
        test(view.save).click();
        assertThat(view.problem.getText()).as("refused: no authority chosen").isEqualTo("Not saved: authority is "
                + "required for an authority user: the authority whose children they see");
        assertThat(accounts.findUser("pa-virtual-school")).as("nothing saved").isEmpty();

        view.authority.setValue(directoryRead.authority(authority));
        test(view.save).click();
        assertThat(view.problem.getText()).isEmpty();
        assertThat(view.done.getText()).isEqualTo("Created Virtual School Peopleton.");
        assertThat(accounts.findUser("pa-virtual-school").orElseThrow().authorityId()).isEqualTo(authority);
        assertThat(audit.count("user-created", "user", "pa-virtual-school")).isEqualTo(1);

        test(view.newPerson).click();
        test(view.username).setValue("pa-teacher");
        test(view.displayName).setValue("Mrs Teacher");
        view.role.setValue(Role.DESIGNATED_TEACHER);
        test(view.password).setValue("strong-password-1");
        test(view.save).click();
        assertThat(view.problem.getText()).isEqualTo("Not saved: provision is required for a designated teacher: "
                + "the school whose pupils they see");
        view.provision.setValue(directoryRead.provisionMatch(school).orElseThrow());
        test(view.save).click();
        assertThat(accounts.findUser("pa-teacher").orElseThrow().provisionId()).isEqualTo(school);
        test(view.search).setValue("pa-teacher");
        assertThat(view.summary.getText()).isEqualTo("1 person");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsSaved() {
        SignIn.as(users, contexts, "pa-admin");
        PeopleView view = navigate(PeopleView.class);
        test(view.username).setValue("pa-operator");
        test(view.displayName).setValue("Second Operator");
        view.role.setValue(Role.OPERATOR);
        test(view.password).setValue("strong-password-1");
        test(view.save).click();
        assertThat(view.problem.getText()).isEqualTo("Not saved: user name 'pa-operator' is taken: choose another");

        test(view.username).setValue("pa-weak");
        test(view.password).setValue("short");
        test(view.save).click();
        assertThat(view.problem.getText()).isEqualTo("Not saved: the password must have at least 8 characters");
        assertThat(accounts.findUser("pa-weak")).isEmpty();
        assertThat(people.count("pa-operator", null)).isEqualTo(1);
        assertThat(people.search("Second Operator", null, 0, 10)).isEmpty();
        assertThatThrownBy(() -> people.create("pa-api", "strong-password-1",
                new People.Binding("Api", Role.API, authority, null)))
                .hasMessageStartingWith("role: API clients are given API tokens");
    }

    @Test
    void aDisabledUserCannotSignInTheirOpenSessionEndsAndAResetPasswordWorksOnce() throws Exception {
        UserId id = accounts.createUser("pa-leaver", "Leaver Peopleton", "leaver-password-1", Role.QA, null);
        FormSignIn browser = new FormSignIn(port);
        assertThat(browser.signIn("pa-leaver", "leaver-password-1")).isTrue();
        assertThat(browser.signedIn()).isTrue();

        SignIn.as(users, contexts, "pa-admin");
        PeopleView view = navigate(PeopleView.class);
        view.edit(people.find(id).orElseThrow());
        assertThat(view.toggleEnabled.getText()).isEqualTo("Disable");
        test(view.toggleEnabled).click();
        assertThat(view.done.getText()).isEqualTo("Disabled Leaver Peopleton.");
        assertThat(people.find(id).orElseThrow().enabled()).isFalse();
        assertThat(audit.count("user-disabled", "user", "pa-leaver")).isEqualTo(1);
        assertThat(browser.signedIn()).as("the open session ended").isFalse();
        assertThat(new FormSignIn(port).signIn("pa-leaver", "leaver-password-1")).isFalse();

        test(view.toggleEnabled).click();
        assertThat(view.done.getText()).isEqualTo("Enabled Leaver Peopleton.");
        test(view.resetPassword).click();
        String shown = view.temporaryPassword.getText();
        assertThat(shown).startsWith("Temporary password for pa-leaver: ").endsWith("it is not shown again.");
        String temporary = shown.substring("Temporary password for pa-leaver: ".length(), shown.indexOf(" —"));
        assertThat(temporary).hasSize(16);
        assertThat(new FormSignIn(port).signIn("pa-leaver", "leaver-password-1")).as("the old password").isFalse();
        assertThat(new FormSignIn(port).signIn("pa-leaver", temporary)).isTrue();
        assertThat(audit.entriesFor("user", "pa-leaver")).extracting(e -> e.detail())
                .noneMatch(detail -> detail != null && detail.contains(temporary));
    }

    @Test
    void anAdminCannotDisableThemselvesNorTheLastEnabledAdmin() {
        UserId me = accounts.findUser("pa-admin").orElseThrow().userId();
        UserId other = accounts.createUser("pa-admin-2", "Second Admin", "admin-password-2", Role.ADMIN, null);
        SignIn.as(users, contexts, "pa-admin");
        assertThatThrownBy(() -> people.setEnabled(me, false))
                .hasMessage("you cannot disable yourself: ask another administrator");
        // Alone: every other admin of this shared database disabled for a moment, in a transaction rolled back.
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("UPDATE app_user SET enabled = false WHERE role = 'ADMIN' AND username <> 'pa-admin-2'")
                    .update();
            jdbc.sql("DELETE FROM app_user_role WHERE role = 'ADMIN'").update();
            assertThatThrownBy(() -> people.setEnabled(other, false))
                    .hasMessage("Second Admin is the last enabled administrator and cannot be disabled");
            assertThatThrownBy(() -> people.update(other, new People.Binding("Second Admin", Role.QA, null, null)))
                    .hasMessageStartingWith("Second Admin is the last enabled administrator");
            tx.setRollbackOnly();
        });
        assertThat(people.find(other).map(Person::enabled)).contains(true);
        people.update(other, new People.Binding("Second Admin", Role.QA, null, null));
        assertThat(people.find(other).orElseThrow().role()).isEqualTo(Role.QA);
        assertThat(audit.entriesFor("user", "pa-admin-2")).extracting(e -> e.detail()).containsExactly(
                "before: name Second Admin, role Administrator, enabled; after: name Second Admin, role QA reviewer, "
                        + "enabled");
    }

    @Test
    void nonAdminsCannotOpenTheScreensOrCallTheirServices() {
        accounts.createUser("pa-la", "Virtual School Nonadmin", "authority-password-1", Role.AUTHORITY, authority);
        accounts.createDesignatedTeacher("pa-dt", "Teacher Nonadmin", "teacher-password-1", school);
        for (String user : List.of("pa-operator", "pa-la", "pa-dt")) {
            SignIn.as(users, contexts, user);
            assertThatThrownBy(() -> people.search("", null, 0, 10)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            for (String address : List.of("admin/people", "admin/api-tokens", "admin/children", "admin/child/new")) {
                navigate(address, Component.class);
                assertThat($(PeopleView.class).all()).as(user + " " + address).isEmpty();
                assertThat($(ApiTokensView.class).all()).as(user + " " + address).isEmpty();
                assertThat($(ChildrenView.class).all()).as(user + " " + address).isEmpty();
                assertThat($(ChildEditView.class).all()).as(user + " " + address).isEmpty();
            }
        }
    }
}
