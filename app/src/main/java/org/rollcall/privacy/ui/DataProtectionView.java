package org.rollcall.privacy.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.rollcall.platform.ui.HumanDates;
import org.rollcall.privacy.ChildErasure;
import org.rollcall.privacy.ChildFound;
import org.rollcall.privacy.ExportJob;
import org.rollcall.privacy.PersonalDataRetention;
import org.rollcall.privacy.SubjectAccessExports;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/**
 * Data protection for admins (ADR 0034): find a child, request a subject-access export (prepared in the background,
 * progress polled, downloaded when ready), erase a child's data with a reason, and below, the erasure log and the
 * retention of personal data per authority.
 */
@Route("data-protection")
@PageTitle(DataProtectionView.TITLE)
@Menu(title = DataProtectionView.TITLE, order = 49, icon = "vaadin:lock")
@RolesAllowed("ADMIN")
public class DataProtectionView extends VerticalLayout {

    static final String TITLE = "Data protection";

    final TextField search = new TextField("Child's name or UPN");
    final Button find = new Button("Find");
    final Grid<ChildFound> children = new Grid<>(ChildFound.class, false);
    final Span chosen = new Span("No child chosen: find one and pick them in the list.");
    final Button export = new Button("Request subject-access export");
    final TextArea reason = new TextArea("Reason for erasure (no names)");
    final Button erase = new Button("Erase this child's data");
    final Span message = new Span();
    final Grid<ExportJob> exports = new Grid<>(ExportJob.class, false);
    final RetentionPanel retentionPanel;

    private final SubjectAccessExports exportService;
    private final ChildErasure erasure;
    private final ZoneId zone;
    private final LocalDate today;

    public DataProtectionView(SubjectAccessExports exportService, ChildErasure erasure,
                              PersonalDataRetention retention, Clock clock) {
        this.exportService = exportService;
        this.erasure = erasure;
        this.zone = clock.getZone();
        this.today = LocalDate.now(clock);
        search.setId("dp-search");
        search.setClearButtonVisible(true);
        search.setHelperText("At least two letters");
        find.setId("dp-find");
        find.addClickShortcut(Key.ENTER).listenOn(search);
        find.addClickListener(e -> find());
        HorizontalLayout searchRow = new HorizontalLayout(search, find);
        searchRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        children.setId("dp-children");
        children.setAriaLabel("Children found");
        children.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        children.addColumn(ChildFound::name).setHeader("Child");
        children.addColumn(c -> c.upn() == null ? "None on record" : c.upn()).setHeader("UPN");
        children.addColumn(c -> HumanDates.date(c.dateOfBirth())).setHeader("Date of birth");
        children.addColumn(ChildFound::authority).setHeader("Authority");
        children.addColumn(DataProtectionView::status).setHeader("In the service");
        children.setAllRowsVisible(true);
        children.setVisible(false);
        children.asSingleSelect().addValueChangeListener(e -> choose(e.getValue()));

        chosen.setId("dp-chosen");
        export.setId("dp-export");
        export.addClickListener(e -> requestExport());
        reason.setId("dp-reason");
        reason.setWidth("30rem");
        reason.setMaxLength(500);
        reason.setHelperText("For example: erasure request of 3 November, case 123");
        erase.setId("dp-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(e -> erase());
        export.setEnabled(false);
        erase.setEnabled(false);
        message.setId("dp-message");
        message.getElement().setAttribute("role", "alert");

        exports.setId("dp-exports");
        exports.setAriaLabel("Subject-access exports");
        exports.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        exports.addColumn(ExportJob::childLabel).setHeader("Child");
        exports.addColumn(j -> j.requestedBy() + ", " + when(j.requestedAt())).setHeader("Requested");
        exports.addColumn(ExportJob::statusLabel).setHeader("Status");
        exports.addComponentColumn(this::downloadLink).setHeader("Archive");
        exports.setAllRowsVisible(true);

        retentionPanel = new RetentionPanel(retention, erasure, zone);
        add(new H2(TITLE), new Paragraph("Everything Rollcall holds about a child can be exported for a subject-access "
                        + "request, or erased once the child has left the service. Every export, download and "
                        + "erasure is recorded in the audit log."),
                new H3("Find a child"), searchRow, children, chosen,
                new HorizontalLayout(export), reason, erase, message,
                new H3("Subject-access exports"), new Paragraph("Archives are prepared in the background and can be "
                        + "downloaded for a few days, then deleted."), exports, retentionPanel);
        refreshExports();
        // The screen polls while an archive is being prepared; it stops once none is.
        addAttachListener(e -> e.getUI().addPollListener(p -> refreshExports()));
        setWidthFull();
    }

    private void find() {
        message.setText("");
        try {
            List<ChildFound> found = erasure.find(search.getValue());
            children.setItems(found);
            children.setVisible(true);
            message.setText(found.isEmpty() ? "No child matches \"" + search.getValue().strip() + "\"." : "");
        } catch (IllegalArgumentException e) {
            message.setText(capitalised(e.getMessage()));
        }
    }

    private void choose(ChildFound child) {
        boolean some = child != null && !child.erased();
        export.setEnabled(some);
        erase.setEnabled(some);
        chosen.setText(child == null ? "No child chosen: find one and pick them in the list."
                : child.erased() ? "This child's data was erased." : "Chosen: " + child.name() + ", "
                + status(child).toLowerCase() + ".");
    }

    private void requestExport() {
        ChildFound child = children.asSingleSelect().getValue();
        try {
            exportService.request(child == null ? null : child.id());
            message.setText("The export of " + child.name() + " is being prepared; it appears below.");
            refreshExports();
        } catch (IllegalArgumentException e) {
            message.setText(capitalised(e.getMessage()));
        }
    }

    /** Checks first, so a refusal is said at once; only an erasure that can go ahead asks "are you sure?". */
    private void erase() {
        ChildFound child = children.asSingleSelect().getValue();
        try {
            erasure.checkErasable(child == null ? null : child.id(), reason.getValue());
        } catch (IllegalArgumentException e) {
            message.setText(capitalised(e.getMessage()));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog("Erase " + child.name() + "'s data?", child.name() + "'s name, "
                + "date of birth, UPN, contacts and the words recorded about them are erased for good, and recordings "
                + "of calls only about them are deleted. Marks stay, anonymised, for the statistics. This cannot be "
                + "undone.", "Erase for good", e -> eraseConfirmed(child));
        confirm.setId("dp-erase-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep the data");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void eraseConfirmed(ChildFound child) {
        try {
            erasure.eraseOnRequest(child.id(), reason.getValue());
            reason.clear();
            find(); // the list again, without the erased name
            retentionPanel.refresh();
            message.setText(child.name() + "'s data was erased; the erasure log below records it.");
        } catch (IllegalArgumentException e) {
            message.setText(capitalised(e.getMessage()));
        }
    }

    void refreshExports() {
        List<ExportJob> jobs = exportService.recent(20);
        exports.setItems(jobs);
        boolean running = jobs.stream().anyMatch(j -> j.status().equals("RUNNING"));
        getUI().ifPresent(ui -> ui.setPollInterval(running ? 1000 : -1));
    }

    private Anchor downloadLink(ExportJob job) {
        Anchor link = new Anchor();
        if (job.status().equals("READY")) {
            String name = SubjectAccessExports.fileName(job);
            link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    exportService.download(job.id()), name, "application/zip", job.sizeBytes())),
                    "Download (" + Math.max(1, job.sizeBytes() / 1024) + " KB, until " + when(job.expiresAt()) + ")");
            link.getElement().setAttribute("download", name);
        }
        return link;
    }

    private String when(Instant at) {
        return at == null ? "" : HumanDates.date(at.atZone(zone).toLocalDate()) + " at " + HumanDates.time(at, zone);
    }

    private static String status(ChildFound c) {
        if (c.erased()) {
            return "Erased";
        }
        if (c.inService()) {
            return "Still in the service";
        }
        return c.leftOn() == null ? "Never placed" : "Left on " + HumanDates.date(c.leftOn());
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
