package org.rollcall.administration.ui;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.rollcall.administration.internal.AuthorityEditing;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallFrequency;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.CohortRules;
import org.rollcall.directory.ScopeMode;
import org.rollcall.directory.ServiceScope;
import org.rollcall.escalation.EscalationSettings.AuthoritySettings;
import org.rollcall.escalation.SocialWorkerChannel;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * An existing authority's other parts: scope and cohorts, escalation, carer-call hours and attempts, recording
 * retention, report emails.
 */
class AuthoritySettingsSections extends VerticalLayout {

    final Select<ScopeMode> mode = new Select<>();
    final CheckboxGroup<Cohort> cohorts = new CheckboxGroup<>("Cohorts bought");
    final Map<Cohort, Select<CallFrequency>> frequencies = new EnumMap<>(Cohort.class);
    final TextField dutyEmail = new TextField("Duty address (when a child has no social worker email)");
    final Select<SocialWorkerChannel> channel = new Select<>();
    final TextArea carerScript = new TextArea("What operators say to carers");
    final IntegerField retention = new IntegerField("Recording retention (months)");
    final TextField domains = new TextField("Email domains reports may go to");
    final Checkbox attachments = new Checkbox("Attach the report to each email");
    final Section scope;
    final Section escalation;
    final CarerHoursSection carerHours;
    final Section retentionSection;
    final Section reportEmails;

    AuthoritySettingsSections(AuthorityEditing editing, AuthorityId id) {
        setPadding(false);
        mode.setLabel("Children monitored");
        mode.setItems(ScopeMode.values());
        mode.setItemLabelGenerator(ScopeMode::label);
        cohorts.setItems(Cohort.values());
        cohorts.setItemLabelGenerator(Cohort::label);
        ServiceScope current = editing.scope(id);
        CohortRules rules = editing.cohortRules(id);
        mode.setValue(current.mode());
        cohorts.setValue(current.cohorts());
        scope = new Section("Service scope and cohorts", "Save scope", () -> {
            ServiceScope chosen = Fields.named("Service scope", () -> new ServiceScope(mode.getValue(),
                    cohorts.getValue()));
            Map<Cohort, CallFrequency> chosenFrequencies = new EnumMap<>(Cohort.class);
            frequencies.forEach((cohort, select) -> chosenFrequencies.put(cohort, select.getValue()));
            editing.saveScope(id, chosen, chosenFrequencies);
        }).with(mode, cohorts);
        for (Cohort cohort : Cohort.values()) {
            Select<CallFrequency> select = new Select<>();
            select.setLabel("How often: " + cohort.label());
            select.setItems(CallFrequency.values());
            select.setItemLabelGenerator(CallFrequency::label);
            select.setValue(rules.frequencies().get(cohort));
            frequencies.put(cohort, select);
            scope.with(select);
        }
        scope.addComponentAtIndex(2, new com.vaadin.flow.component.html.Paragraph("The pilot list of children, for a pilot scope, is "
                + "kept as it is."));

        AuthoritySettings settings = editing.escalation(id);
        dutyEmail.setValue(settings.dutyEmail().orElse(""));
        channel.setLabel("Social workers are told");
        channel.setItems(SocialWorkerChannel.values());
        channel.setItemLabelGenerator(SocialWorkerChannel::label);
        channel.setValue(settings.socialWorkerChannel());
        carerScript.setValue(settings.ownScript() ? settings.carerScript() : "");
        carerScript.setHelperText("Leave empty for Rollcall's script; the recording notice is always added");
        escalation = new Section("Escalation", "Save escalation", () -> Fields.named("Escalation",
                () -> editing.saveEscalation(id, dutyEmail.getValue(), carerScript.getValue(),
                        channel.getValue() == null ? null : channel.getValue().value())))
                .with(dutyEmail, channel, carerScript);
        carerHours = new CarerHoursSection(editing, id);

        retention.setValue(editing.details(id).retentionMonths());
        retention.setHelperText("1 to 120 months; 13 by default");
        retentionSection = new Section("Recording retention", "Save retention", () -> {
            Integer months = retention.getValue();
            if (months == null) {
                throw new IllegalArgumentException("Recording retention: give a whole number of months, 1 to 120");
            }
            Fields.named("Recording retention", () -> editing.saveRetention(id, months));
        }).with(retention);

        domains.setValue(String.join(", ", editing.emailDomains(id)));
        domains.setHelperText("Separated by commas, such as council.gov.uk, school.org.uk");
        attachments.setValue(editing.attachments(id));
        reportEmails = new Section("Report emails", "Save report emails", () -> Fields.named("Report emails",
                () -> editing.saveReportEmails(id, domainList(), attachments.getValue())))
                .with(domains, attachments);
        add(scope, escalation, carerHours, retentionSection, reportEmails);
    }

    private List<String> domainList() {
        return Arrays.stream(domains.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
