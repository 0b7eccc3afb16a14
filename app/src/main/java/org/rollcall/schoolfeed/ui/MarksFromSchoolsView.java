package org.rollcall.schoolfeed.ui;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Caller;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.MarkMismatch;
import org.rollcall.attendance.SchoolMarks;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.ChildLabel;
import org.rollcall.directory.Directory;
import org.rollcall.imports.FileProblem;
import org.rollcall.imports.TabularTemplates;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.schoolfeed.internal.MarksImported;
import org.rollcall.schoolfeed.internal.MarksImports;
import org.rollcall.schoolfeed.internal.MarksPreview;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

/**
 * An authority's marks from its schools' own systems (ADR 0044): upload a CSV or XLSX file, see every problem with
 * its line and column (nothing saved), then import it all at once; below, the recent imports and where a call's mark
 * differed from the school's. An authority user works on their own authority only (from their account, never the
 * address); an administrator chooses one.
 */
@Route("marks-from-schools")
@Menu(title = MarksFromSchoolsView.TITLE, order = 24, icon = "vaadin:upload")
@RolesAllowed({"AUTHORITY", "ADMIN"})
public class MarksFromSchoolsView extends VerticalLayout implements HasDynamicTitle {

    static final String TITLE = "Marks from schools";
    static final int MISMATCH_DAYS = 30;

    final ComboBox<AuthoritySummary> authorityChoice = new ComboBox<>("Authority");
    final Upload upload = new Upload();
    final Span status = new Span();
    final Grid<FileProblem> problems = new Grid<>(FileProblem.class, false);
    final Button importButton = new Button("Import these marks");
    final Grid<MarksImported> imports = new Grid<>(MarksImported.class, false);
    final Grid<MarkMismatch> mismatches = new Grid<>(MarkMismatch.class, false);
    final H3 mismatchHeading = new H3();
    final HorizontalLayout templates = new HorizontalLayout();

    private final MarksImports marksImports;
    private final SchoolMarks schoolMarks;
    private final Directory directory;
    private final Clock clock;
    private final Caller me;
    private AuthorityId authority;
    private String fileName;
    private byte[] content;

    public MarksFromSchoolsView(MarksImports marksImports, SchoolMarks schoolMarks, Directory directory,
                                Accounts accounts, Clock clock) {
        this.marksImports = marksImports;
        this.schoolMarks = schoolMarks;
        this.directory = directory;
        this.clock = clock;
        this.me = accounts.caller();
        LocalDate today = LocalDate.now(clock);
        add(new H2(TITLE));
        if (me.role() == Role.AUTHORITY && me.authorityId() != null) {
            authority = me.authorityId();
            add(new Paragraph(directory.authority(authority).name() + " · " + HumanDates.day(today)));
        } else {
            authorityChoice.setItems(directory.authorities());
            authorityChoice.setItemLabelGenerator(a -> a.name() + " (" + a.laCode() + ")");
            authorityChoice.setPlaceholder("Choose the authority whose schools' marks these are");
            authorityChoice.setWidth("28em");
            authorityChoice.addValueChangeListener(e -> choose(e.getValue() == null ? null : e.getValue().id()));
            add(authorityChoice);
        }
        add(new Paragraph("A CSV (comma-separated, UTF-8) or Excel (.xlsx) file with a header line and the columns "
                + "UPN, date (as " + today + " or " + today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + "), "
                + "session (AM or PM), code (the nation's attendance code) and, for an absence, reason. The file is "
                + "checked first and nothing is saved while any line has a problem; importing the same file again "
                + "changes nothing. A school's mark never replaces a mark heard on a call: a different one is kept "
                + "beside it and listed below."));
        templates.add(new Span("Templates (the headings and one example line):"), template(false), template(true));
        templates.setAlignItems(Alignment.BASELINE);
        add(templates);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes)));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.getElement().setAttribute("aria-label", "Upload a marks file (CSV or XLSX)");
        UploadI18N words = new UploadI18N();
        words.setAddFiles(new UploadI18N.AddFiles().setOne("Choose a marks file (CSV or XLSX)…"));
        words.setDropFiles(new UploadI18N.DropFiles().setOne("or drop it here"));
        upload.setI18n(words);
        status.setId("marks-import-status");
        status.getElement().setAttribute("role", "status");
        problems.setId("marks-import-problems");
        problems.setAriaLabel("Problems found in the file");
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        problems.addColumn(p -> p.line() == 0 ? "whole file" : String.valueOf(p.line())).setHeader("Line")
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.column() == null ? "" : p.column()).setHeader("Column").setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(FileProblem::message).setHeader("What is wrong, and what is accepted").setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> importNow());
        imports.setId("marks-imports");
        imports.setAriaLabel("Recent marks files");
        imports.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        imports.addColumn(i -> HumanDates.day(i.importedAt().atZone(clock.getZone()).toLocalDate()) + " "
                + HumanDates.time(i.importedAt(), clock.getZone())).setHeader("Imported").setAutoWidth(true);
        imports.addColumn(MarksImported::fileName).setHeader("File").setFlexGrow(2);
        imports.addColumn(MarksImported::importedBy).setHeader("By").setFlexGrow(1);
        imports.addColumn(i -> i.rows() + " rows: " + i.added() + " new or changed, " + i.unchanged()
                + " as before, " + i.differing() + " differing from a call").setHeader("Marks").setFlexGrow(3);
        imports.setAllRowsVisible(true);
        mismatches.setId("marks-mismatches");
        mismatches.setAriaLabel("Calls whose mark differed from the school's");
        mismatches.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        mismatches.setPageSize(50); // paged in SQL: an authority's month can hold many
        mismatches.setHeight("24em");
        add(upload, status, problems, importButton, new H3("Recent files"), imports, mismatchHeading, mismatches);
        setWidthFull();
        refresh();
    }

    /** The template as CSV or Excel: the reader's own headings, so a renamed column changes both at once. */
    private Anchor template(boolean xlsx) {
        String name = "marks-template." + (xlsx ? "xlsx" : "csv");
        DownloadHandler handler = event -> {
            event.setFileName(name);
            event.setContentType(xlsx ? TabularTemplates.XLSX_TYPE : TabularTemplates.CSV_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                if (xlsx) {
                    TabularTemplates.xlsx(marksImports.columns().all(), marksImports.example(), out);
                } else {
                    TabularTemplates.csv(marksImports.columns().all(), marksImports.example(), out);
                }
            }
        };
        Anchor anchor = new Anchor(handler, xlsx ? "Download Excel template" : "Download CSV template");
        anchor.getElement().setAttribute("download", true);
        anchor.setId("marks-template-" + (xlsx ? "xlsx" : "csv"));
        return anchor;
    }

    private void choose(AuthorityId chosen) {
        authority = chosen;
        content = null;
        importButton.setEnabled(false);
        problems.setVisible(false);
        status.setText("");
        refresh();
    }

    /** A file arrived: check it at once, saving nothing. */
    void received(String name, byte[] bytes) {
        importButton.setEnabled(false);
        content = null;
        if (authority == null) {
            status.setText("Choose the authority first, then upload the file again.");
            return;
        }
        MarksPreview preview = marksImports.check(authority, name, bytes, me.name());
        problems.setItems(preview.problems());
        problems.setVisible(!preview.problems().isEmpty());
        if (preview.importable()) {
            fileName = name;
            content = bytes;
            importButton.setEnabled(true);
            status.setText(name + ": " + preview.marks().size() + (preview.marks().size() == 1 ? " mark" : " marks")
                    + " checked, no problems. Nothing is saved until you press \"Import these marks\".");
        } else {
            status.setText(name + ": " + preview.problems().size() + (preview.problems().size() == 1
                    ? " problem" : " problems") + " found; nothing is saved. Correct the file and upload it again.");
        }
        upload.clearFileList();
    }

    void importNow() {
        if (content == null || authority == null) {
            return;
        }
        try {
            MarksImported done = marksImports.importFile(authority, fileName, content, me.name());
            status.setText(done.repeated() ? fileName + " was already imported on "
                    + HumanDates.day(done.importedAt().atZone(clock.getZone()).toLocalDate()) + " by "
                    + done.importedBy() + ": nothing changed."
                    : fileName + " imported: " + done.added() + " marks new or changed, " + done.unchanged()
                    + " as before, " + done.differing() + " differing from a call's mark (listed below).");
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
        }
        content = null;
        importButton.setEnabled(false);
        refresh();
    }

    void refresh() {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(MISMATCH_DAYS);
        if (authority == null) {
            imports.setItems(List.of());
            mismatches.setItems(List.of());
            mismatchHeading.setText("Calls whose mark differed from the school's");
            return;
        }
        imports.setItems(marksImports.recent(authority, 10));
        AuthorityId shown = authority;
        int count = schoolMarks.countMismatches(shown, from, today);
        mismatchHeading.setText("Calls whose mark differed from the school's, " + HumanDates.day(from) + " to "
                + HumanDates.day(today) + " (" + count + ")");
        mismatches.removeAllColumns();
        Map<org.rollcall.directory.ChildId, ChildLabel> names = new java.util.HashMap<>();
        mismatches.addColumn(m -> HumanDates.day(m.date()) + ", " + (m.session().name().equals("AM") ? "morning"
                : "afternoon")).setHeader("Session").setAutoWidth(true);
        mismatches.addColumn(m -> names.computeIfAbsent(m.childId(), c -> directory.childLabels(List.of(c))
                .getOrDefault(c, new ChildLabel("a child", null))).name()).setHeader("Child").setFlexGrow(2);
        mismatches.addColumn(m -> directory.provisionNames(List.of(m.provisionId())).getOrDefault(m.provisionId(),
                "")).setHeader("School").setFlexGrow(2);
        mismatches.addColumn(m -> m.schoolCode() + (m.schoolReason() == null ? "" : " (" + m.schoolReason() + ")")
                + " from the " + m.schoolSource().label().toLowerCase(java.util.Locale.UK))
                .setHeader("School's mark").setFlexGrow(2);
        mismatches.addColumn(MarkMismatch::callCode).setHeader("Call's mark (stands)").setAutoWidth(true);
        mismatches.setItems(query -> schoolMarks.mismatches(shown, from, today, query.getOffset(), query.getLimit())
                .stream(), query -> schoolMarks.countMismatches(shown, from, today));
    }

    @Override
    public String getPageTitle() {
        return TITLE;
    }
}
