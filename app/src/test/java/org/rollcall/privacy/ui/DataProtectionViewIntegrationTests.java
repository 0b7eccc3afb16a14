package org.rollcall.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.privacy.ChildFound;
import org.rollcall.privacy.ExportJob;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The data-protection screen: bad input is refused with a message saying what is accepted, an export is requested
 * and shown with its progress, and the screen is for admins only. Same context as the call review tests.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1"})
class DataProtectionViewIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Clock clock;

    @BeforeAll
    void aChildAtSchool() {
        LocalDate today = LocalDate.now(clock);
        accounts.createUser("dpv-admin", "Screen Admin", "dpv-admin-password", Role.ADMIN, null);
        accounts.createUser("dpv-operator", "Screen Operator", "dpv-operator-password", Role.OPERATOR, null);
        AuthorityId authority = directory.createAuthority("Screen Borough", Nation.ENGLAND, "959");
        // called late in the afternoon, long after these tests: the screen needs no call
        ProvisionId school = directory.createProvision(new NewProvision("Screenside Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960961"), "Mr Head", null,
                Frequency.DAILY, null, java.util.List.of(new CallWindow(null, LocalTime.of(16, 0),
                LocalTime.of(16, 30)))));
        ChildId child = directory.createChild(new NewChild(authority, null, "Sam", "Screentest",
                LocalDate.of(2017, 3, 12), 4, Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(3));
    }

    @Test
    void badInputIsRefusedSayingWhatIsAccepted() {
        SignIn.as(users, contexts, "dpv-admin");
        DataProtectionView view = navigate(DataProtectionView.class);
        test(view.search).setValue("S");
        test(view.find).click();
        assertThat(view.message.getText()).isEqualTo("Type at least two letters of the child's name, or their UPN");

        test(view.search).setValue("screentest");
        test(view.find).click();
        assertThat(view.children.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(c -> assertThat(c.inService()).isTrue());
        ChildFound sam = view.children.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(view.erase.isEnabled()).as("nobody chosen yet").isFalse();
        view.children.select(sam);
        assertThat(view.chosen.getText()).isEqualTo("Chosen: Sam Screentest, still in the service.");

        test(view.erase).click();
        assertThat(view.message.getText()).startsWith("Say why the child's data is erased");
        test(view.reason).setValue("erasure request of 30 November");
        test(view.erase).click();
        assertThat(view.message.getText()).isEqualTo("Sam Screentest is still in the service: a placement has not "
                + "ended (or starts later). End their placements in the directory first, then erase.");
        assertThat($(ConfirmDialog.class).all()).as("a refusal is said at once, not after \"are you sure?\"")
                .isEmpty();

        RetentionPanel retention = view.retentionPanel;
        test(retention.months).setValue(24);
        test(retention.save).click();
        assertThat(retention.message.getText()).isEqualTo("Choose an authority from the list");
        retention.authority.setValue(retention.settings.getGenericDataView().getItems()
                .filter(s -> s.authority().equals("Screen Borough")).findFirst().orElseThrow());
        test(retention.months).setValue(400);
        test(retention.save).click();
        assertThat(retention.message.getText()).isEqualTo("Retention must be 12 to 300 months after a child left "
                + "the service (1 to 25 years), not 400");
        test(retention.months).setValue(36);
        test(retention.save).click();
        assertThat(retention.message.getText()).isEqualTo("Screen Borough: personal data kept 36 months after a "
                + "child left.");
    }

    @Test
    void anExportIsRequestedFromTheScreenAndShownWhenReady() {
        SignIn.as(users, contexts, "dpv-admin");
        DataProtectionView view = navigate(DataProtectionView.class);
        test(view.search).setValue("Sam Screen");
        test(view.find).click();
        view.children.select(view.children.getGenericDataView().getItems().findFirst().orElseThrow());
        test(view.export).click();
        assertThat(view.message.getText()).isEqualTo("The export of Sam Screentest is being prepared; it appears "
                + "below.");
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().untilAsserted(() -> {
            view.refreshExports();
            assertThat(view.exports.getGenericDataView().getItems().filter(j -> j.childLabel()
                    .equals("Sam Screentest")).map(ExportJob::statusLabel).toList()).contains("Ready to download");
        });
    }

    @Test
    void otherRolesCannotOpenTheScreen() {
        SignIn.as(users, contexts, "dpv-operator");
        assertThat(navigate("data-protection", com.vaadin.flow.component.Component.class))
                .as("the shell's no-access page").isNotInstanceOf(DataProtectionView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all()).anySatisfy(p ->
                assertThat(p.getText()).contains("/data-protection is not open to your role (Operator)"));
    }
}
