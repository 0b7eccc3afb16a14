package org.rollcall.subscriptions.ui;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.rollcall.reports.ReportKind;
import org.rollcall.subscriptions.NewSubscription;
import org.rollcall.subscriptions.ReportFrequency;
import org.rollcall.subscriptions.ReportSubscription;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;

/** The "add a report email" form: report by its name, address, how often and, for weekly, the weekday. */
class SubscriptionForm extends FormLayout {

    final ComboBox<ReportKind> report = new ComboBox<>("Report");
    final EmailField address = new EmailField("Send to (email address)");
    final RadioButtonGroup<ReportFrequency> frequency = new RadioButtonGroup<>("How often");
    final Select<DayOfWeek> weekday = new Select<>();
    final Button add = new Button("Add report email");

    // Users have no email address on record (only a user name), so the address is typed, with the domain shown.
    SubscriptionForm(List<String> domains, Consumer<NewSubscription> submit) {
        report.setItems(ReportKind.values());
        report.setItemLabelGenerator(ReportKind::label);
        report.setRequiredIndicatorVisible(true);
        report.setId("report-email-report");
        address.setPlaceholder(domains.isEmpty() ? "name@your-council.gov.uk" : "name@" + domains.getFirst());
        address.setRequiredIndicatorVisible(true);
        address.setHelperText(domains.isEmpty() ? "Your authority has no email domains yet: ask Rollcall's "
                + "administrators to add yours" : "Yours or a colleague's, ending @" + String.join(" or @", domains));
        address.setId("report-email-address");
        frequency.setItems(ReportFrequency.values());
        frequency.setItemLabelGenerator(f -> f == ReportFrequency.DAILY ? "Daily (every weekday)" : "Weekly");
        frequency.setValue(ReportFrequency.DAILY);
        frequency.setId("report-email-frequency");
        weekday.setLabel("Weekday");
        weekday.setItems(Arrays.stream(DayOfWeek.values()).limit(5).toList());
        weekday.setItemLabelGenerator(ReportSubscription::dayName);
        weekday.setValue(DayOfWeek.MONDAY);
        weekday.setVisible(false);
        weekday.setId("report-email-weekday");
        frequency.addValueChangeListener(e -> weekday.setVisible(e.getValue() == ReportFrequency.WEEKLY));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("report-email-add");
        add.addClickShortcut(Key.ENTER).listenOn(address); // Enter in the address adds; Enter in the list only picks
        add.addClickListener(e -> submit.accept(new NewSubscription(
                report.getValue() == null ? null : report.getValue().slug(), address.getValue(), frequency.getValue(),
                frequency.getValue() == ReportFrequency.WEEKLY ? weekday.getValue() : null)));
        add(report, address, frequency, weekday, add);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }
}
