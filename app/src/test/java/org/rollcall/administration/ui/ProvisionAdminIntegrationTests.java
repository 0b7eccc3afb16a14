package org.rollcall.administration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditEntry;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
import org.rollcall.calendar.ClosureReason;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ProvisionAdmin;
import org.rollcall.directory.ProvisionAdmin.ProvisionDetails;
import org.rollcall.directory.ProvisionAdmin.ProvisionFilter;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.WindowPart;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;

/**
 * The Provisions screens (ADR 0041), server-side: create refused for each bad field with nothing saved, created
 * without a URN it shows its Rollcall reference (V62's trigger); each section of an existing provision saves and is
 * audited with before and after; the list finds it by reference, URN, town and filters.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvisionAdminIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired Accounts accounts;
    @Autowired DirectoryAdmin directory;
    @Autowired ProvisionAdmin provisions;
    @Autowired AuditLog audit;
    @Autowired Clock clock;

    private AuthorityId authority;

    @BeforeAll
    void anAdminAndAnAuthority() {
        authority = directory.createAuthority("Orgadmin Provision Borough", Nation.ENGLAND, "857");
        accounts.createUser("orgadmin-padmin", "Admin Provisions", "orgadmin-password-1", Role.ADMIN, null);
        provisions.create(newProvision("Orgadmin Existing Primary", "865009"));
    }

    @Test
    void creatingRefusesEachBadFieldThenGivesAProvisionWithoutUrnItsRollcallReference() {
        SignIn.as(users, contexts, "orgadmin-padmin");
        ProvisionEditView form = navigate("admin/provisions/new", ProvisionEditView.class);
        form.name.setValue("Orgadmin Learning Centre");
        form.type.setValue(ProvisionType.ALTERNATIVE_PROVISION);
        form.contact.setValue("Ms Centre");
        form.localAuthority.setValue(form.localAuthority.getListDataView().getItems()
                .filter(a -> a.laCode().equals("857")).findFirst().orElseThrow());
        form.town.setValue("Orgadminton");
        form.password.setValue("bluebell");
        WindowsEditor.Row afternoon = form.windows.rows.getFirst();

        form.urn.setValue("12345");
        assertThat(create(form)).isEqualTo("Not saved: URN '12345' is not valid: expected six digits, as "
                + "shown on Get Information About Schools, for example 100000");
        form.urn.setValue("865009");
        form.phone.setValue("01632 960857");
        form.windows.rows.getFirst().opens.setValue(LocalTime.of(13, 30));
        form.windows.rows.getFirst().closes.setValue(LocalTime.of(14, 0));
        assertThat(create(form)).isEqualTo("Not saved: URN: 865009 is already Orgadmin Existing "
                + "Primary's; each school has its own URN (leave it empty for a provision without one)");
        form.urn.setValue("");
        form.phone.setValue("12345");
        assertThat(create(form)).startsWith("Not saved: Phone: '12345' is not a valid UK telephone number");
        form.phone.setValue("01632 960857");
        afternoon.opens.setValue(LocalTime.of(14, 0));
        afternoon.closes.setValue(LocalTime.of(13, 30));
        assertThat(create(form)).isEqualTo("Not saved: Call windows: call window 14:00–13:30 closes before it "
                + "opens: give a closing time after the opening time");
        afternoon.opens.setValue(LocalTime.of(13, 30));
        afternoon.closes.setValue(LocalTime.of(14, 30));
        WindowsEditor.Row morning = form.windows.addWindow(null);
        morning.part.setValue(WindowPart.MORNING);
        morning.opens.setValue(LocalTime.of(13, 0));
        morning.closes.setValue(LocalTime.of(14, 0));
        assertThat(create(form)).isEqualTo("Not saved: Call windows: 13:00–14:00 and 13:30–14:30 "
                + "overlap: a window must close before the next one opens");
        morning.part.setValue(WindowPart.AFTERNOON);
        morning.opens.setValue(LocalTime.of(9, 30));
        morning.closes.setValue(LocalTime.of(10, 0));
        assertThat(create(form)).contains("afternoon");
        test(morning.remove).click();
        afternoon.part.setValue(WindowPart.MORNING);
        assertThat(create(form)).startsWith("Not saved: Provision: a provision needs an afternoon call window");
        assertThat(provisions.count(new ProvisionFilter("orgadmin learning", null, null, null, false)))
                .as("nothing created by any refusal").isZero();

        afternoon.part.setValue(WindowPart.AFTERNOON);
        test(form.details.save).click();
        ProvisionEditView edit = (ProvisionEditView) getCurrentView();
        assertThat(edit.heading.getText()).as("the new provision's own screen").isEqualTo("Orgadmin Learning Centre");
        ProvisionId id = provisions.search(new ProvisionFilter("orgadmin learning", null, null, null, false), 0, 5)
                .getFirst().id();
        ProvisionDetails created = provisions.details(id);
        assertThat(created.urn()).isNull();
        assertThat(created.rollcallReference()).matches("RC[0-9]{6}");
        assertThat(created.town()).isEqualTo("Orgadminton");
        assertThat(created.passwordSet()).isTrue();
        assertThat(created.localAuthority()).isEqualTo(authority);
        assertThat(edit.reference.getText()).isEqualTo("Rollcall reference " + created.rollcallReference()
                + " (no URN)");
        assertThat(edit.sections.passwordState.getText()).isEqualTo("A password is set (it is never shown here).");
        assertThat(edit.getElement().getTextRecursively()).doesNotContain("bluebell");
        assertThat(entries(id, "admin-provision-created")).singleElement().satisfies(e -> assertThat(e.detail())
                .startsWith("before: none | after: URN=none; reference=" + created.rollcallReference())
                .contains("password=set").doesNotContain("bluebell"));

        ProvisionsView list = navigate(ProvisionsView.class);
        list.search.setValue(created.rollcallReference().toLowerCase());
        assertThat(list.total.getText()).isEqualTo("1 provision");
        assertThat(test(list.grid).getCellText(0, 1)).isEqualTo(created.rollcallReference());
        assertThat(test(list.grid).getCellText(0, 2)).isEqualTo("Alternative provision");
        assertThat(test(list.grid).getCellText(0, 4)).isEqualTo("Orgadmin Provision Borough");
        list.search.setValue("orgadminton centre");
        assertThat(list.total.getText()).as("words in any order, over town and name").isEqualTo("1 provision");
    }

    @Test
    void eachSectionOfAnExistingProvisionSavesOnItsOwnAndRefusesBadInput() {
        SignIn.as(users, contexts, "orgadmin-padmin");
        ProvisionId taken = provisions.create(newProvision("Orgadmin Taken Primary", "865001"));
        ProvisionId id = provisions.create(newProvision("Orgadmin Edited Primary", "865002"));
        ProvisionEditView edit = navigate("admin/provisions/" + id, ProvisionEditView.class);
        assertThat(edit.reference.getText()).isEqualTo("URN 865002");

        edit.urn.setValue("865001");
        edit.name.setValue("Orgadmin Renamed Primary");
        test(edit.details.save).click();
        assertThat(edit.details.status.getText()).isEqualTo("Not saved: URN: 865001 is already Orgadmin Taken "
                + "Primary's; each school has its own URN (leave it empty for a provision without one)");
        assertThat(provisions.details(id).name()).as("nothing of the section saved")
                .isEqualTo("Orgadmin Edited Primary");
        edit.urn.setValue("865003");
        edit.phone.setValue("+44 (0)1632 960858");
        test(edit.details.save).click();
        assertThat(edit.details.status.getText()).isEqualTo("Saved.");
        assertThat(provisions.details(id).urn().value()).isEqualTo("865003");
        assertThat(entries(id, "admin-provision-details")).singleElement().satisfies(e -> assertThat(e.detail())
                .contains("before: URN=865002", "name=Orgadmin Edited Primary", "after: URN=865003",
                        "name=Orgadmin Renamed Primary", "phone=01632 960858"));

        ProvisionSections s = edit.sections;
        WindowsEditor.Row morning = s.windows.addWindow(null);
        morning.opens.setValue(LocalTime.of(13, 45));
        morning.closes.setValue(LocalTime.of(14, 15));
        test(s.windowsSection.save).click();
        assertThat(s.windowsSection.status.getText()).isEqualTo("Not saved: Call windows: 13:30–14:00 and "
                + "13:45–14:15 overlap: a window must close before the next one opens");
        morning.opens.setValue(LocalTime.of(9, 30));
        morning.closes.setValue(LocalTime.of(10, 0));
        test(s.windowsSection.save).click();
        assertThat(s.windowsSection.status.getText()).isEqualTo("Saved.");
        assertThat(provisions.details(id).windows()).extracting(w -> w.part() + " " + w.opensAt() + "-"
                + w.closesAt()).containsExactly("MORNING 09:30-10:00", "AFTERNOON 13:30-14:00");

        test(s.passwordSection.save).click();
        assertThat(s.passwordSection.status.getText()).startsWith("Not saved: Password: type the new password");
        s.password.setValue("daffodil");
        test(s.passwordSection.save).click();
        assertThat(s.passwordState.getText()).isEqualTo("A password is set (it is never shown here).");
        test(s.removePassword).click();
        assertThat(s.passwordState.getText()).isEqualTo("No password is set.");
        assertThat(entries(id, "admin-provision-password")).extracting(AuditEntry::detail).containsExactly(
                "before: no password | after: a password", "before: a password | after: no password");

        s.frequency.setValue(Frequency.WEEKLY);
        s.weekday.setValue(DayOfWeek.THURSDAY);
        test(s.frequencySection.save).click();
        assertThat(s.frequencySection.status.getText()).startsWith("Not saved: Frequency: moving a provision to "
                + "weekly calls needs the weekday to call it (Monday to Friday) and the reason");
        assertThat(provisions.details(id).frequency()).isEqualTo(Frequency.DAILY);
        s.reason.setValue("The head objects to daily calls");
        test(s.frequencySection.save).click();
        assertThat(provisions.details(id).frequency()).isEqualTo(Frequency.WEEKLY);
        assertThat(provisions.details(id).weeklyReason()).isEqualTo("The head objects to daily calls");

        ClosuresSection c = s.closures;
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        c.from.setValue(tomorrow);
        c.to.setValue(tomorrow);
        test(c.save).click();
        assertThat(c.status.getText()).isEqualTo("Not saved: Closures: choose a reason: INSET day, severe weather "
                + "or other");
        c.reason.setValue(ClosureReason.INSET_DAY);
        test(c.save).click();
        assertThat(c.status.getText()).isEqualTo("Saved.");
        assertThat(test(c.grid).size()).isEqualTo(1);
        assertThat(test(c.grid).getCellText(0, 3)).isEqualTo("Closed: INSET day");
        assertThat(test(c.grid).getCellText(0, 4)).isEqualTo("In force");
        clickWithdraw(c);
        assertThat(test(c.grid).getCellText(0, 4)).isEqualTo("Withdrawn");
        assertThat(entries(id, "admin-provision-closure-added")).hasSize(1);
        assertThat(entries(id, "admin-provision-closure-withdrawn")).singleElement()
                .satisfies(e -> assertThat(e.detail()).endsWith("(withdrawn)"));

        ProvisionsView list = navigate(ProvisionsView.class);
        list.search.setValue("orgadmin");
        list.frequency.setValue(Frequency.WEEKLY);
        assertThat(list.total.getText()).isEqualTo("1 provision");
        assertThat(test(list.grid).getCellText(0, 0)).isEqualTo("Orgadmin Renamed Primary");
        list.frequency.clear();
        list.search.setValue("865001");
        assertThat(test(list.grid).getCellText(0, 0)).isEqualTo("Orgadmin Taken Primary");
        assertThat(taken).isNotNull();
    }

    @Test
    void theNoWindowAndTypeFiltersNarrowTheList() {
        SignIn.as(users, contexts, "orgadmin-padmin");
        ProvisionId introduced = directory.createSchoolToIntroduce("Orgadmin Windowless Academy", null,
                Nation.ENGLAND, org.rollcall.directory.UkPhoneNumber.parse("01632 960859"), "Mr Window", authority);
        ProvisionsView list = navigate(ProvisionsView.class);
        list.withoutWindow.setValue(true);
        list.search.setValue("orgadmin");
        assertThat(list.total.getText()).isEqualTo("1 provision");
        assertThat(test(list.grid).getCellText(0, 6)).isEqualTo("None");
        list.type.setValue(ProvisionType.PRU);
        assertThat(list.total.getText()).isEqualTo("0 provisions");
        assertThat(provisions.details(introduced).rollcallReference()).matches("RC[0-9]{6}");
    }

    private void clickWithdraw(ClosuresSection c) {
        var button = (com.vaadin.flow.component.button.Button) test(c.grid).getCellComponent(0, 5);
        test(button).click();
    }

    private String create(ProvisionEditView form) {
        test(form.details.save).click();
        return form.details.status.getText();
    }

    private org.rollcall.directory.NewProvision newProvision(String name, String urn) {
        return new org.rollcall.directory.NewProvision(name, new org.rollcall.directory.Urn(urn),
                ProvisionType.MAINSTREAM, Nation.ENGLAND, org.rollcall.directory.UkPhoneNumber.parse("01632 960857"),
                "Mrs Head", null, Frequency.DAILY, null, List.of(new org.rollcall.directory.CallWindow(null,
                LocalTime.of(13, 30), LocalTime.of(14, 0))), authority, null);
    }

    private List<AuditEntry> entries(ProvisionId id, String action) {
        return audit.entriesFor("provision", id.toString()).stream().filter(e -> e.action().equals(action)).toList();
    }
}
