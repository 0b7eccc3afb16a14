package org.rollcall.administration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditEntry;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityAdmin;
import org.rollcall.directory.AuthorityAdmin.AuthorityDetails;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallFrequency;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Monitoring;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ScopeMode;
import org.rollcall.escalation.EscalationSettings;
import org.rollcall.escalation.SocialWorkerChannel;
import org.rollcall.notify.KindWording;
import org.rollcall.notify.NotifyAdmin;
import org.rollcall.subscriptions.ReportEmailSettings;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;

/**
 * The Authorities screens (ADR 0041), server-side: an admin finds, creates and edits an authority section by section;
 * each refusal names the field and saves nothing of that section; each save is audited with before and after; an
 * authority user and an operator cannot open the screens, even by typing the address.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorityAdminIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired Accounts accounts;
    @Autowired DirectoryAdmin directory;
    @Autowired AuthorityAdmin authorities;
    @Autowired Monitoring monitoring;
    @Autowired EscalationSettings escalation;
    @Autowired ReportEmailSettings reportEmails;
    @Autowired AuditLog audit;
    @Autowired NotifyAdmin notify;

    private AuthorityId other;

    @BeforeAll
    void usersAndAnotherAuthority() {
        other = directory.createAuthority("Orgadmin Other Borough", Nation.WALES, "852");
        accounts.createUser("orgadmin-admin", "Admin Orgadmin", "orgadmin-password-1", Role.ADMIN, null);
        accounts.createUser("orgadmin-la", "Virtual School Orgadmin", "orgadmin-password-1", Role.AUTHORITY, other);
        accounts.createUser("orgadmin-op", "Operator Orgadmin", "orgadmin-password-1", Role.OPERATOR, null);
    }

    @Test
    void anAdminCreatesAnAuthorityAndSavesEachSection() {
        SignIn.as(users, contexts, "orgadmin-admin");
        AuthorityEditView form = navigate("admin/authorities/new", AuthorityEditView.class);
        form.name.setValue("Orgadmin Borough");
        form.nation.setValue(Nation.ENGLAND);
        form.laCode.setValue("86");
        form.vsName.setValue("Virtual School head");
        form.vsEmail.setValue("vs@orgadmin.gov.uk");
        form.vsPhone.setValue("01632 960865");
        test(form.details.save).click();
        assertThat(form.details.status.getText()).isEqualTo("Not saved: Authority: LA number '86' is not valid: "
                + "expected three digits, for example 202");
        form.laCode.setValue("852");
        test(form.details.save).click();
        assertThat(form.details.status.getText()).startsWith("Not saved: Authority: an authority with LA number "
                + "852");
        assertThat(authorities.countAuthorities("Orgadmin Borough")).as("nothing created").isZero();
        form.laCode.setValue("865");
        form.vsPhone.setValue("12345");
        test(form.details.save).click();
        assertThat(form.details.status.getText()).startsWith("Not saved: Virtual School phone: '12345' is not a "
                + "valid UK telephone number");
        form.vsPhone.setValue("01632 960865");
        test(form.details.save).click();

        AuthorityEditView edit = (AuthorityEditView) getCurrentView();
        assertThat(edit.heading.getText()).isEqualTo("Orgadmin Borough (LA 865)");
        AuthorityDetails created = authorities.authorities("865", 0, 10).getFirst();
        AuthorityId id = created.id();
        assertThat(created.virtualSchool().email().value()).isEqualTo("vs@orgadmin.gov.uk");
        assertThat(created.virtualSchool().phone().e164()).isEqualTo("+441632960865");
        assertThat(entries(id, "admin-authority-created")).singleElement().satisfies(e -> assertThat(e.detail())
                .startsWith("before: none | after: name=Orgadmin Borough; nation=England; LA number=865"));

        AuthoritySettingsSections s = edit.settings;
        for (int months : new int[] {0, 121}) {
            s.retention.setValue(months);
            test(s.retentionSection.save).click();
            assertThat(s.retentionSection.status.getText()).isEqualTo("Not saved: Recording retention: a recording "
                    + "retention of " + months + " months is not allowed: give 1 to 120 months (13 is the default)");
        }
        assertThat(authorities.details(id).retentionMonths()).isEqualTo(13);
        s.retention.setValue(24);
        test(s.retentionSection.save).click();
        assertThat(s.retentionSection.status.getText()).isEqualTo("Saved.");
        assertThat(authorities.details(id).retentionMonths()).isEqualTo(24);
        assertThat(entries(id, "admin-authority-retention")).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("before: 13 months | after: 24 months"));

        s.mode.setValue(ScopeMode.IN_BOROUGH);
        s.cohorts.setValue(Set.of(Cohort.LAC, Cohort.POST_16));
        s.frequencies.get(Cohort.LAC).setValue(CallFrequency.TWICE_DAILY);
        test(s.scope.save).click();
        assertThat(s.scope.status.getText()).isEqualTo("Saved.");
        assertThat(monitoring.serviceScope(id).mode()).isEqualTo(ScopeMode.IN_BOROUGH);
        assertThat(monitoring.serviceScope(id).cohorts()).containsExactlyInAnyOrder(Cohort.LAC, Cohort.POST_16);
        assertThat(monitoring.cohortRules(id).frequencies().get(Cohort.LAC)).isEqualTo(CallFrequency.TWICE_DAILY);
        assertThat(entries(id, "admin-authority-scope")).singleElement().satisfies(e -> assertThat(e.detail())
                .contains("before: mode=All children", "after: mode=Children at schools in the borough",
                        "Looked-after child Twice a day"));

        s.dutyEmail.setValue("not an address");
        s.channel.setValue(SocialWorkerChannel.CALL);
        test(s.escalation.save).click();
        assertThat(s.escalation.status.getText()).startsWith("Not saved: Escalation: ");
        assertThat(escalation.get(id).dutyEmail()).isEmpty();
        assertThat(escalation.get(id).ownChannel()).as("nothing of the section saved").isFalse();
        s.dutyEmail.setValue("duty@orgadmin.gov.uk");
        s.carerScript.setValue("Hello, this is Rollcall calling for Orgadmin Borough's Virtual School.");
        test(s.escalation.save).click();
        assertThat(s.escalation.status.getText()).isEqualTo("Saved.");
        assertThat(escalation.get(id).dutyEmail()).contains("duty@orgadmin.gov.uk");
        assertThat(escalation.get(id).socialWorkerChannel()).isEqualTo(SocialWorkerChannel.CALL);
        assertThat(entries(id, "admin-authority-escalation")).singleElement().satisfies(e -> assertThat(e.detail())
                .contains("before: duty email=none", "after: duty email=duty@orgadmin.gov.uk"));

        s.domains.setValue("orgadmin.gov.uk, bad domain");
        test(s.reportEmails.save).click();
        assertThat(s.reportEmails.status.getText()).startsWith("Not saved: Report emails: ");
        assertThat(reportEmails.allowedDomains(id)).isEmpty();
        s.domains.setValue("orgadmin.gov.uk, School.org.uk");
        s.attachments.setValue(true);
        test(s.reportEmails.save).click();
        assertThat(s.reportEmails.status.getText()).isEqualTo("Saved.");
        assertThat(reportEmails.allowedDomains(id)).containsExactlyInAnyOrder("orgadmin.gov.uk", "school.org.uk");
        assertThat(reportEmails.attachments(id)).isTrue();
    }

    @Test
    void editingDetailsRefusesATakenLaNumberAndSavesNothingOfTheSection() {
        SignIn.as(users, contexts, "orgadmin-admin");
        AuthorityId id = directory.createAuthority("Orgadmin Edited Borough", Nation.ENGLAND, "858");
        AuthorityEditView edit = navigate("admin/authorities/" + id, AuthorityEditView.class);
        edit.name.setValue("Orgadmin Renamed Borough");
        edit.laCode.setValue("852");
        edit.vsName.setValue("Virtual School office");
        edit.vsEmail.setValue("office@edited.gov.uk");
        test(edit.details.save).click();
        assertThat(edit.details.status.getText()).isEqualTo("Not saved: LA number: 852 is already Orgadmin Other "
                + "Borough's: each authority has its own three-digit number");
        AuthorityDetails unchanged = authorities.details(id);
        assertThat(unchanged.name()).isEqualTo("Orgadmin Edited Borough");
        assertThat(unchanged.virtualSchool()).as("the contact, saved in the same section, is not").isNull();
        assertThat(entries(id, "admin-authority-details")).isEmpty();

        edit.laCode.setValue("859");
        test(edit.details.save).click();
        assertThat(edit.details.status.getText()).isEqualTo("Saved.");
        assertThat(authorities.details(id).laCode()).isEqualTo("859");
        assertThat(entries(id, "admin-authority-details")).singleElement().satisfies(e -> assertThat(e.detail())
                .contains("before: name=Orgadmin Edited Borough", "LA number=858", "Virtual School=none",
                        "after: name=Orgadmin Renamed Borough", "LA number=859", "Virtual School office"));
    }

    @Test
    void theListPagesAndSearchesByNameOrLaNumber() {
        SignIn.as(users, contexts, "orgadmin-admin");
        AuthoritiesView list = navigate(AuthoritiesView.class);
        list.search.setValue("orgadmin other");
        assertThat(list.total.getText()).isEqualTo("1 authority");
        assertThat(test(list.grid).size()).isEqualTo(1);
        assertThat(test(list.grid).getCellText(0, 0)).isEqualTo("Orgadmin Other Borough");
        assertThat(test(list.grid).getCellText(0, 2)).isEqualTo("Wales");
        list.search.setValue("852");
        assertThat(test(list.grid).getCellText(0, 1)).isEqualTo("852");
    }

    @Test
    void anAuthorityUserAndAnOperatorCannotOpenTheScreensEvenByTheAddress() {
        for (String user : List.of("orgadmin-la", "orgadmin-op")) {
            SignIn.as(users, contexts, user);
            for (String address : List.of("admin/authorities", "admin/authorities/new",
                    "admin/authorities/" + other, "admin/provisions", "admin/provisions/new")) {
                Component page = navigate(address, Component.class);
                assertThat(page).as(user + " at " + address).isNotInstanceOfAny(AuthoritiesView.class,
                        AuthorityEditView.class, ProvisionsView.class, ProvisionEditView.class);
                assertThat(page.getElement().getTextRecursively()).as(address).contains("is not open to your role");
            }
        }
    }

    @Test
    void theCarerCallsSectionSavesTheAuthoritysOwnHoursRefusesBadOnesAndGoesBackToTheDefault() {
        SignIn.as(users, contexts, "orgadmin-admin");
        AuthorityId id = directory.createAuthority("Orgadmin Hours Borough", Nation.ENGLAND, "774");
        AuthorityEditView edit = navigate("admin/authorities/" + id, AuthorityEditView.class);
        CarerHoursSection hours = edit.settings.carerHours;
        assertThat(hours.useDefault.getLabel()).isEqualTo("Use the service default (09:00 to 18:00, 3 attempts 20 "
                + "minutes apart)");
        assertThat(hours.useDefault.getValue()).isTrue();
        assertThat(hours.from.isEnabled()).as("the default's values, shown but not editable").isFalse();
        assertThat(hours.from.getValue()).isEqualTo(LocalTime.of(9, 0));
        assertThat(edit.getElement().getTextRecursively()).doesNotContain("the same for every authority");

        hours.useDefault.setValue(false);
        assertThat(hours.from.isEnabled()).isTrue();
        hours.from.setValue(LocalTime.of(12, 0));
        hours.until.setValue(LocalTime.of(10, 0));
        hours.attempts.setValue(2);
        hours.retryMinutes.setValue(5);
        test(hours.save).click();
        assertThat(hours.status.getText()).isEqualTo("Not saved: Carer calls: calls must stop after they start; "
                + "10:00 is not after 12:00");
        hours.from.setValue(LocalTime.of(10, 0));
        hours.until.setValue(LocalTime.of(12, 0));
        for (int attempts : new int[] {0, 11}) {
            hours.attempts.setValue(attempts);
            test(hours.save).click();
            assertThat(hours.status.getText()).isEqualTo("Not saved: Carer calls: attempts to reach a carer must "
                    + "be 1 to 10, not " + attempts);
        }
        hours.attempts.setValue(2);
        hours.retryMinutes.setValue(241);
        test(hours.save).click();
        assertThat(hours.status.getText()).isEqualTo("Not saved: Carer calls: the wait between attempts must be 1 "
                + "to 240 minutes, not 241");
        hours.retryMinutes.clear();
        test(hours.save).click();
        assertThat(hours.status.getText()).isEqualTo("Not saved: Carer calls: give the minutes between attempts, "
                + "1 to 240");
        assertThat(escalation.carerHours(id).own()).as("nothing of the section saved").isFalse();
        assertThat(entries(id, "admin-authority-carer-hours")).isEmpty();

        hours.retryMinutes.setValue(5);
        test(hours.save).click();
        assertThat(hours.status.getText()).isEqualTo("Saved.");
        assertThat(escalation.carerHours(id)).satisfies(h -> {
            assertThat(h.own()).isTrue();
            assertThat(h.describe()).isEqualTo("10:00 to 12:00, 2 attempts 5 minutes apart");
        });
        assertThat(entries(id, "admin-authority-carer-hours")).singleElement().satisfies(e -> assertThat(e.detail())
                .isEqualTo("before: 09:00 to 18:00, 3 attempts 20 minutes apart (Rollcall's default) | after: "
                        + "10:00 to 12:00, 2 attempts 5 minutes apart"));

        AuthorityEditView again = navigate("admin/authorities/" + id, AuthorityEditView.class);
        assertThat(again.settings.carerHours.useDefault.getValue()).isFalse();
        assertThat(again.settings.carerHours.until.getValue()).isEqualTo(LocalTime.of(12, 0));
        again.settings.carerHours.useDefault.setValue(true);
        test(again.settings.carerHours.save).click();
        assertThat(again.settings.carerHours.status.getText()).isEqualTo("Saved.");
        assertThat(escalation.carerHours(id)).isEqualTo(escalation.defaultCarerHours());
    }

    @Test
    void theMessagesSectionSavesAWordingRefusesAnUnknownPlaceholderByNameAndGoesBackToTheShippedOne() {
        SignIn.as(users, contexts, "orgadmin-admin");
        AuthorityId id = directory.createAuthority("Orgadmin Wording Borough", Nation.ENGLAND, "775");
        AuthorityEditView edit = navigate("admin/authorities/" + id, AuthorityEditView.class);
        MessagesSection messages = edit.messages;
        MessagesSection.WordingForm notice = messages.wordings.get("social-worker-notice");
        String shippedSubject = notice.subject.getValue();
        assertThat(shippedSubject).isNotBlank();
        assertThat(notice.details.getSummaryText()).isEqualTo("Notice to the social worker after an unauthorised "
                + "absence (Rollcall's shipped wording)");
        assertThat(notice.getElement().getTextRecursively()).contains("{child} ", "{schoolReason} the reason the "
                + "school gave", "{authority} the authority's name");
        assertThat(notice.reset.isEnabled()).isFalse();

        notice.subject.setValue("Absence of {child} at {shool}");
        test(notice.save).click();
        assertThat(notice.status.getText()).startsWith("Not saved: the wording of Notice to the social worker after "
                + "an unauthorised absence was refused and nothing was stored: unknown placeholder {shool}: ");
        assertThat(notify.messages(id).kinds().stream().filter(k -> k.kind().code().equals("social-worker-notice"))
                .findFirst().orElseThrow().own()).isFalse();

        notice.subject.setValue("Absence of {child} at {school}");
        notice.body.setValue("Dear colleague,\n\n{child} was absent on {day}.\n\n{carer}");
        test(notice.save).click();
        assertThat(notice.status.getText()).isEqualTo("Saved.");
        assertThat(notice.details.getSummaryText()).endsWith("(the authority's own wording)");
        assertThat(ownWording(id).wording().subject()).isEqualTo("Absence of {child} at {school}");
        assertThat(entries(id, "admin-authority-wording")).singleElement().satisfies(e -> assertThat(e.detail())
                .startsWith("before: social-worker-notice shipped: subject '" + shippedSubject + "'")
                .contains("after: social-worker-notice own: subject 'Absence of {child} at {school}'"));

        test(notice.reset).click();
        assertThat(notice.status.getText()).isEqualTo("Back to Rollcall's shipped wording.");
        assertThat(notice.subject.getValue()).isEqualTo(shippedSubject);
        assertThat(ownWording(id).own()).isFalse();

        messages.signatureName.setValue(" ");
        messages.signatureTitle.setValue("Virtual School Head");
        messages.signatureEmail.setValue("not an address");
        test(messages.signature.save).click();
        assertThat(messages.signature.status.getText()).startsWith("Not saved: the signature was refused and "
                + "nothing was stored: name is required").contains("virtualSchoolEmail");
        assertThat(notify.messages(id).ownSignature()).isFalse();
        messages.signatureName.setValue("Dr Ada Wording");
        messages.signatureEmail.setValue("vs@orgadmin-wording.gov.uk");
        test(messages.signature.save).click();
        assertThat(messages.signature.status.getText()).isEqualTo("Saved.");
        assertThat(notify.messages(id).signature().virtualSchoolEmail()).isEqualTo("vs@orgadmin-wording.gov.uk");
    }

    private KindWording ownWording(AuthorityId id) {
        return notify.messages(id).kinds().stream().filter(k -> k.kind().code().equals("social-worker-notice"))
                .findFirst().orElseThrow();
    }

    private List<AuditEntry> entries(AuthorityId id, String action) {
        return audit.entriesFor("authority", id.toString()).stream().filter(e -> e.action().equals(action)).toList();
    }
}
