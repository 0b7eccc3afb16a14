package org.rollcall.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.Directory;
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
import org.rollcall.platform.AfterCommit;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SentStatements;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;

/**
 * What building a new call's screen costs in statements (the screen pop's own share, ADR 0051): counted from the
 * driver's trace on this thread while the workspace shows a school's call with one child and with four.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewCallScreenStatementsIntegrationTests extends SpringBrowserlessTest {

    /**
     * Planned but never due while the suite runs (its clock starts at 10:30): the calls must not be offered to
     * other test classes' operators in this shared context.
     */
    private static final List<CallWindow> LATE_WINDOW = List.of(new CallWindow(null, LocalTime.of(23, 0),
            LocalTime.of(23, 30)));
    /**
     * The school's card, its children, their marks and what is outstanding at the school (measured: 19; 25 before the
     * card, the children's terms, the audit and the script stopped re-reading what the screen had).
     */
    private static final int FOR_ONE = 20;

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Directory cards;
    @Autowired Accounts accounts;
    @Autowired CallLog calls;
    @Autowired Clock clock;
    @Autowired TransactionTemplate tx;

    private ProvisionId warmUp;
    private ProvisionId single;
    private ProvisionId quadruple;

    @BeforeAll
    void schoolsWithOneChildAndWithFour() {
        accounts.createUser("op-statements", "Operator Statements", "operator-password-1", Role.OPERATOR, null);
        AuthorityId authority = directory.createAuthority("Screen Statement Borough", Nation.ENGLAND, "763");
        AuthorityId neighbour = directory.createAuthority("Screen Statement Shire", Nation.ENGLAND, "766");
        warmUp = school(List.of(authority), "Warm-up Screen Primary", "01632 960764");
        single = school(List.of(authority), "Single Screen Primary", "01632 960765");
        // Children of two authorities, as at many schools: the script names both.
        quadruple = school(List.of(authority, authority, neighbour, neighbour), "Quadruple Screen Primary",
                "01632 960766");
    }

    @BeforeEach
    void signIn() {
        SignIn.as(users, contexts, "op-statements");
    }

    @Test
    void eachFurtherChildOnANewCallsScreenCostsOnlyItsOwnStatements() {
        WorkspaceView view = navigate(WorkspaceView.class);
        popped(view, warmUp); // code sets and the like are read once a node
        int forOne = popped(view, single);
        int forFour = popped(view, quadruple);
        assertThat(view.provisionPanel.getElement().getTextRecursively()).as("the script names both authorities")
                .contains("calling for Screen Statement Borough and Screen Statement Shire");
        System.out.printf("Statements to build a new call's screen as the dialler's push does: one child %d, four "
                + "children %d (%.1f a further child)%n", forOne, forFour, (forFour - forOne) / 3.0);
        // The children are read together, and who saw them audited in one statement (before: two for each child);
        // a second authority's name and terms come in the same statements as the first's.
        assertThat(forFour - forOne).as("statements for three further children, of two authorities").isZero();
        assertThat(forOne).as("statements for a one-child call's screen").isLessThanOrEqualTo(FOR_ONE);
    }

    /**
     * The screen built as the offer's push builds it: after the dialler's transaction commits, on its thread, where
     * the screen's reads share one connection and transaction (so the count has no BEGIN and COMMIT per read).
     */
    private int popped(WorkspaceView view, ProvisionId school) {
        CallSummary call = call(school);
        int[] sent = new int[1];
        tx.executeWithoutResult(status -> AfterCommit.run(
                () -> sent[0] = SentStatements.during(() -> view.show(call))));
        // AfterCommit logs a failed push rather than throw: without this, a screen that failed half-way would count
        // as a cheap one.
        assertThat(view.provisionPanel.getElement().getTextRecursively()).as("the screen was built")
                .contains(cards.provisionCard(school).name());
        assertThat(view.marks.rows()).as("a row for each of the school's children").hasSize(
                calls.toCollect(call.id()).size()).isNotEmpty();
        return sent[0];
    }

    /** The planner plans a new school's call within a second (its interval in tests). */
    private CallSummary call(ProvisionId school) {
        return await().atMost(Duration.ofSeconds(15)).until(
                () -> calls.onDate(LocalDate.now(clock), List.of(school)), list -> !list.isEmpty()).getFirst();
    }

    /** A school with a child of each authority listed. */
    private ProvisionId school(List<AuthorityId> children, String name, String phone) {
        LocalDate today = LocalDate.now(clock);
        ProvisionId school = directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse(phone), "Mrs Count", "otter", Frequency.DAILY, null,
                LATE_WINDOW));
        for (int i = 0; i < children.size(); i++) {
            directory.place(directory.createChild(new NewChild(children.get(i), null, "Stan" + (i + 1),
                    name.split(" ")[0], today.minusYears(8), 3, Cohort.LAC, true, SenStatus.NONE)), school,
                    PlacementKind.ON_ROLL, today.minusDays(5));
        }
        return school;
    }
}
