package org.rollcall.privacy.ui;

import java.time.ZoneId;

import org.rollcall.platform.ui.HumanDates;
import org.rollcall.privacy.ChildErasure;
import org.rollcall.privacy.ErasureEntry;
import org.rollcall.privacy.PersonalDataRetention;
import org.rollcall.privacy.PrivacyProperties;
import org.rollcall.privacy.RetentionSetting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/** The erasure log and the retention of personal data per authority, on the data-protection screen. */
class RetentionPanel extends VerticalLayout {

    final Grid<ErasureEntry> log = new Grid<>(ErasureEntry.class, false);
    final Grid<RetentionSetting> settings = new Grid<>(RetentionSetting.class, false);
    final ComboBox<RetentionSetting> authority = new ComboBox<>("Authority");
    final IntegerField months = new IntegerField("Months after leaving");
    final Button save = new Button("Save retention");
    final Span message = new Span();

    private final PersonalDataRetention retention;
    private final ChildErasure erasure;

    RetentionPanel(PersonalDataRetention retention, ChildErasure erasure, ZoneId zone) {
        this.retention = retention;
        this.erasure = erasure;
        log.setId("dp-erasure-log");
        log.setAriaLabel("Erasure log");
        log.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        log.addColumn(e -> HumanDates.date(e.erasedAt().atZone(zone).toLocalDate()) + " at "
                + HumanDates.time(e.erasedAt(), zone)).setHeader("Erased");
        log.addColumn(e -> "Child " + e.reference().toString().substring(0, 8).toUpperCase())
                .setHeader("Reference");
        log.addColumn(ErasureEntry::authority).setHeader("Authority");
        log.addColumn(e -> e.onRequest() ? "On request, by " + e.erasedBy() : "Retention period ended")
                .setHeader("How");
        log.addColumn(ErasureEntry::reason).setHeader("Reason");
        log.addColumn(e -> e.leftOn() == null ? "Never placed" : HumanDates.date(e.leftOn())).setHeader("Left on");
        log.addColumn(e -> e.recordings() == 0 ? "None" : String.valueOf(e.recordings()))
                .setHeader("Recordings deleted");
        log.setAllRowsVisible(true);

        settings.setId("dp-retention");
        settings.setAriaLabel("Retention of personal data per authority");
        settings.addColumn(RetentionSetting::authority).setHeader("Authority");
        settings.addColumn(s -> s.months() + " months" + (s.own() ? "" : " (the default)"))
                .setHeader("Kept after the child left");
        settings.setAllRowsVisible(true);
        authority.setId("dp-authority");
        authority.setItemLabelGenerator(RetentionSetting::authority);
        months.setId("dp-months");
        months.setHelperText(PrivacyProperties.MIN_MONTHS + " to " + PrivacyProperties.MAX_MONTHS + " months");
        months.setStepButtonsVisible(true);
        save.setId("dp-save-retention");
        save.addClickListener(e -> save());
        message.setId("dp-retention-message");
        message.getElement().setAttribute("role", "alert");
        HorizontalLayout form = new HorizontalLayout(authority, months, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3("Erasure log"), new Paragraph("What was erased and when. The reference leads to no name: the "
                        + "child's record was anonymised."), log,
                new H3("Retention of personal data"), new Paragraph("A child's personal data is erased this many "
                        + "months after they left the service (all their placements ended, none to come), every "
                        + "night. A legal hold on one of their calls keeps it."), settings, form, message);
        setPadding(false);
        refresh();
    }

    void refresh() {
        log.setItems(erasure.log(100));
        var all = retention.settings();
        settings.setItems(all);
        authority.setItems(all);
    }

    private void save() {
        try {
            RetentionSetting saved = retention.set(authority.getValue() == null ? null
                    : authority.getValue().authorityId(), months.getValue());
            message.setText(saved.authority() + ": personal data kept " + saved.months() + " months after a child "
                    + "left.");
            refresh();
        } catch (IllegalArgumentException e) {
            message.setText(DataProtectionView.capitalised(e.getMessage()));
        }
    }
}
