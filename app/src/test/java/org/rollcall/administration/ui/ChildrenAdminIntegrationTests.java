package org.rollcall.administration.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
import org.rollcall.administration.internal.ChildEditing;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.ChildAdmin.ChildFilter;
import org.rollcall.directory.ChildAdmin.ContactLine;
import org.rollcall.directory.ChildAdmin.PlacementLine;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.Directory;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.Upn;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;

/**
 * The children screens (ADR 0042), server-side: a child is added and edited on the form, refused with the field named
 * and nothing saved for a wrong check letter, a duplicate UPN or reference, or a birth date in the future; placements
 * keep the on-roll overlap rule and their dates in order; contacts are added, edited and removed; the list filters in
 * SQL; every change is audited with before and after; only admins in.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChildrenAdminIntegrationTests extends SpringBrowserlessTest {

    static final String UPN = Upn.withCheckLetter("880260000001");

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired Accounts accounts;
    @Autowired ChildEditing children;
    @Autowired AuditLog audit;
    @Autowired DirectoryAdmin directory;
    @Autowired Directory directoryRead;
    @Autowired Clock clock;

    AuthorityId authority;
    ProvisionId first;
    ProvisionId second;
    ProvisionId alternative;
    LocalDate today;

    @BeforeAll
    void anAuthoritySchoolsAndAnAdmin() {
        today = LocalDate.now(clock);
        authority = directory.createAuthority("Childrenham Borough", Nation.ENGLAND, "880");
        first = school("Childrenham Primary", ProvisionType.MAINSTREAM, "01632 960880");
        second = school("Childrenham Academy", ProvisionType.MAINSTREAM, "01632 960881");
        alternative = school("Childrenham Skills Centre", ProvisionType.ALTERNATIVE_PROVISION, "01632 960882");
        directory.addDesignatedTeacher(first, "Mrs Designated", UkPhoneNumber.parse("01632 960883"), null);
        accounts.createUser("ch-admin", "Admin Childrenham", "admin-password-1", Role.ADMIN, null);
        accounts.createUser("ch-qa", "QA Childrenham", "qa-password-1", Role.QA, null);
    }

    private ProvisionId school(String name, ProvisionType type, String phone) {
        return directory.createProvision(new NewProvision(name, null, type, Nation.ENGLAND, UkPhoneNumber.parse(phone),
                "Head", null, Frequency.WEEKLY, 5, List.of(new CallWindow(null, LocalTime.of(13, 30),
                LocalTime.of(14, 0))), authority, "not called in these tests"));
    }

    @Test
    void aChildIsAddedOnTheFormAfterEachMistakeIsRefusedWithNothingSaved() {
        SignIn.as(users, contexts, "ch-admin");
        ChildEditView form = navigate("admin/child/new", ChildEditView.class);
        form.authority.setValue(directoryRead.authority(authority));
        test(form.upn).setValue((UPN.charAt(0) == 'A' ? "B" : "A") + UPN.substring(1));
        test(form.firstName).setValue("Ada");
        test(form.lastName).setValue("Formfield");
        form.dateOfBirth.setValue(today.minusYears(12));
        test(form.save).click();
        assertThat(form.problem.getText()).startsWith("Not saved: UPN '").contains("has the wrong check letter");

        test(form.upn).setValue(UPN);
        form.dateOfBirth.setValue(today.plusDays(1));
        test(form.save).click();
        assertThat(form.problem.getText()).isEqualTo("Not saved: date of birth " + today.plusDays(1) + " is in the "
                + "future: give a date on or before " + today);
        assertThat(children.count(new ChildFilter("Formfield", null, null, null, null, false))).isZero();

        form.dateOfBirth.setValue(today.minusYears(12));
        test(form.reference).setValue("CH/0001");
        test(form.save).click();
        assertThat(form.problem.getText()).isEmpty();
        assertThat(form.done.getText()).isEqualTo("Added Ada Formfield.");
        assertThat(form.placements.isVisible()).isTrue();
        assertThat(audit.count("admin-child-created", "child", children.page(new ChildFilter("CH/0001", null, null,
                null, null, false), 0, 1).getFirst().id().toString())).isEqualTo(1);

        ChildEditView again = navigate("admin/child/new", ChildEditView.class);
        again.authority.setValue(directoryRead.authority(authority));
        test(again.upn).setValue(UPN);
        test(again.firstName).setValue("Bea");
        test(again.lastName).setValue("Duplicate");
        again.dateOfBirth.setValue(today.minusYears(10));
        test(again.save).click();
        assertThat(again.problem.getText()).isEqualTo("Not saved: UPN " + UPN + " already belongs to Ada Formfield: "
                + "check the number with the school, or edit that child instead");
        again.upnToCollect.setValue(true);
        test(again.reference).setValue("CH/0001");
        test(again.save).click();
        assertThat(again.problem.getText()).isEqualTo("Not saved: the authority's reference CH/0001 already belongs "
                + "to Ada Formfield in this authority: each child has their own");
        test(again.reference).setValue("CH/0002");
        test(again.save).click();
        assertThat(again.done.getText()).isEqualTo("Added Bea Duplicate.");

        ChildrenView list = navigate(ChildrenView.class);
        list.authority.setValue(directoryRead.authority(authority));
        test(list.search).setValue("ch/000");
        assertThat(list.summary.getText()).as("the start of a reference, any case").isEqualTo("2 children");
        list.upnToCollect.setValue(true);
        assertThat(list.summary.getText()).isEqualTo("1 child");
        assertThat(list.grid.getGenericDataView().getItems().map(c -> c.lastName()).toList())
                .containsExactly("Duplicate");
        list.upnToCollect.setValue(false);
        test(list.search).setValue(UPN.substring(0, 6));
        assertThat(list.summary.getText()).as("the start of a UPN").isEqualTo("1 child");
        test(list.search).setValue("formfi");
        assertThat(list.summary.getText()).as("part of a name").isEqualTo("1 child");
        list.cohort.setValue(Cohort.CME);
        assertThat(list.summary.getText()).isEqualTo("No child matches.");
    }

    @Test
    void placementsKeepTheOnRollRuleAndTheirDatesInOrder() {
        SignIn.as(users, contexts, "ch-admin");
        ChildEditView form = added("Cal", "Placed");
        PlacementsSection placements = form.placements;
        placements.provision.setValue(directoryRead.provisionMatch(first).orElseThrow());
        placements.startsOn.setValue(today.minusDays(30));
        test(placements.add).click();
        assertThat(placements.problem.getText()).isEmpty();

        placements.provision.setValue(directoryRead.provisionMatch(second).orElseThrow());
        placements.startsOn.setValue(today);
        test(placements.add).click();
        assertThat(placements.problem.getText()).startsWith("Not saved: the child is on roll at Childrenham Primary "
                + "from " + today.minusDays(30) + " with no end date, which overlaps a placement starting " + today);

        placements.provision.setValue(directoryRead.provisionMatch(alternative).orElseThrow());
        placements.kind.setValue(PlacementKind.ALTERNATIVE);
        placements.startsOn.setValue(today);
        placements.endsOn.setValue(today.minusDays(1));
        test(placements.add).click();
        assertThat(placements.problem.getText()).isEqualTo("Not saved: end date " + today.minusDays(1) + " is before "
                + "the start date " + today + ": give an end on or after the start, or none");
        placements.endsOn.setValue(today.plusDays(60));
        test(placements.add).click();
        assertThat(placements.problem.getText()).isEmpty();

        List<PlacementLine> lines = children.details(form.childId()).placements();
        assertThat(lines).extracting(PlacementLine::provisionName)
                .containsExactly("Childrenham Skills Centre", "Childrenham Primary");
        PlacementLine onRoll = lines.get(1);
        placements.grid.select(onRoll);
        placements.lastDay.setValue(today.minusDays(31));
        test(placements.end).click();
        assertThat(placements.problem.getText()).startsWith("Not saved: end date " + today.minusDays(31)
                + " is before the placement's start");
        placements.grid.select(onRoll);
        placements.lastDay.setValue(today.minusDays(1));
        test(placements.end).click();
        assertThat(children.details(form.childId()).placements().get(1).endsOn()).isEqualTo(today.minusDays(1));
        assertThat(audit.count("admin-child-placement-added", "child", form.childId().toString())).isEqualTo(2);
        assertThat(audit.entriesFor("child", form.childId().toString()).getLast().detail()).isEqualTo(
                "before: Alternative provision at Childrenham Skills Centre from " + today + " to "
                        + today.plusDays(60) + "; On roll at Childrenham Primary from " + today.minusDays(30)
                        + " | after: Alternative provision at Childrenham Skills Centre from " + today + " to "
                        + today.plusDays(60) + "; On roll at Childrenham Primary from " + today.minusDays(30)
                        + " to " + today.minusDays(1));
    }

    @Test
    void contactsAreAddedEditedAndRemovedAndTheSchoolsDesignatedTeacherIsShown() {
        SignIn.as(users, contexts, "ch-admin");
        ChildEditView form = added("Dot", "Contacted");
        children.addPlacement(form.childId(), first, PlacementKind.ON_ROLL, today.minusDays(5), null);
        form.reload();
        ContactsSection contacts = form.contacts;
        test(contacts.name).setValue("Mr Carer");
        test(contacts.add).click();
        assertThat(contacts.problem.getText()).isEqualTo("Not saved: the carer Mr Carer needs a phone number or an "
                + "email address, so they can be reached when the child is missing");
        test(contacts.phone).setValue("12345");
        test(contacts.add).click();
        assertThat(contacts.problem.getText()).startsWith("Not saved: phone: ");
        test(contacts.phone).setValue("07700 900880");
        test(contacts.add).click();
        assertThat(contacts.problem.getText()).isEmpty();

        List<ContactLine> lines = children.details(form.childId()).contacts();
        assertThat(lines).extracting(ContactLine::name).containsExactly("Mr Carer", "Mrs Designated");
        assertThat(lines.get(1).provisionName()).isEqualTo("Childrenham Primary");
        contacts.grid.select(lines.get(1));
        assertThat(contacts.save.isEnabled()).as("a designated teacher is edited with their provision").isFalse();
        contacts.grid.select(lines.get(0));
        assertThat(contacts.name.getValue()).isEqualTo("Mr Carer");
        test(contacts.email).setValue("carer@example.org");
        test(contacts.save).click();
        assertThat(children.details(form.childId()).contacts().getFirst().email()).isEqualTo("carer@example.org");
        contacts.grid.select(children.details(form.childId()).contacts().getFirst());
        test(contacts.remove).click();
        assertThat(children.details(form.childId()).contacts()).extracting(ContactLine::role)
                .containsExactly(ContactRole.DESIGNATED_TEACHER);
        assertThat(audit.count("admin-child-contact-added", "child", form.childId().toString())).isEqualTo(1);
        assertThat(audit.count("admin-child-contact-changed", "child", form.childId().toString())).isEqualTo(1);
        assertThat(audit.count("admin-child-contact-removed", "child", form.childId().toString())).isEqualTo(1);
    }

    @Test
    void anEditIsAuditedWithBeforeAndAfter() {
        SignIn.as(users, contexts, "ch-admin");
        ChildEditView form = added("Eve", "Edited");
        form.sen.setValue(SenStatus.EHCP);
        test(form.save).click();
        assertThat(form.done.getText()).isEqualTo("Saved.");
        assertThat(audit.entriesFor("child", form.childId().toString()).getLast().detail()).isEqualTo(
                "before: Eve Edited, UPN to collect, born " + today.minusYears(9) + ", year 4, Looked-after child, "
                        + "in borough, No SEN | after: Eve Edited, UPN to collect, born " + today.minusYears(9)
                        + ", year 4, Looked-after child, in borough, EHC plan");
    }

    @Test
    void nonAdminsCannotUseTheChildrenServices() {
        SignIn.as(users, contexts, "ch-qa");
        assertThatThrownBy(() -> children.count(ChildFilter.all())).isInstanceOf(AccessDeniedException.class);
    }

    private ChildEditView added(String first, String last) {
        ChildEditView form = navigate("admin/child/new", ChildEditView.class);
        form.authority.setValue(directoryRead.authority(authority));
        form.upnToCollect.setValue(true);
        test(form.firstName).setValue(first);
        test(form.lastName).setValue(last);
        form.dateOfBirth.setValue(today.minusYears(9));
        form.yearGroup.setValue(4);
        test(form.save).click();
        assertThat(form.problem.getText()).isEmpty();
        return form;
    }
}
