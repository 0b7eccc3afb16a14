package org.rollcall.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.directory.AuthorityId;
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
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;

/**
 * A call offered to the operator after their screen was built but before it was attached (and so before it listened
 * for pushes) still pops up: the screen reads the operator's call once it listens, not when it is built.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = "rollcall.demo.seed=17021") // a context of its own: only this school's call
class WorkspaceOpensMidOfferIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired ApplicationContext context;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired OperatorDesk desk;
    @Autowired Clock clock;

    @Test
    void aCallOfferedWhileTheScreenOpensPopsUpOnIt() {
        UserId operator = accounts.createUser("op-midoffer", "Operator Midoffer", "operator-password-1",
                Role.OPERATOR, null);
        SignIn.as(users, contexts, "op-midoffer");
        WorkspaceView view = context.getAutowireCapableBeanFactory().createBean(WorkspaceView.class);

        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = directory.createAuthority("Midoffer Borough", Nation.ENGLAND, "764");
        ProvisionId school = directory.createProvision(new NewProvision("Midoffer Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960764"), "Mrs Register", null,
                Frequency.DAILY, null, openNow(clock)));
        ChildId pupil = directory.createChild(new NewChild(authority, null, "Morgan", "Midway", today.minusYears(8),
                3, Cohort.LAC, true, SenStatus.NONE));
        directory.place(pupil, school, PlacementKind.ON_ROLL, today.minusDays(5));
        desk.ready(operator, "op-midoffer", "op-midoffer");
        CallSummary offered = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> desk.currentCall(operator).filter(c -> c.status() == CallStatus.OFFERED),
                        Optional::isPresent).orElseThrow();

        UI.getCurrent().add(view);

        // No push will come for this offer: the screen shows it because it read the call on attaching.
        assertThat(view.marks).isNotNull();
        assertThat(view.callStatus.getText()).contains("Call offered");
        assertThat($(ProvisionPanel.class).single().getElement().getTextRecursively()).contains("Midoffer Primary");
        assertThat(offered.provisionId()).isEqualTo(school);
    }
}
