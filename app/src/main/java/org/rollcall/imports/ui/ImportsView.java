package org.rollcall.imports.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.rollcall.accounts.Accounts;
import org.rollcall.imports.BulkImports;
import org.rollcall.imports.FileProblem;
import org.rollcall.imports.ImportKind;
import org.rollcall.imports.ImportReport;
import org.rollcall.imports.TabularReader;
import org.rollcall.imports.TabularTemplates;
import org.rollcall.platform.ui.PushThrottle;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;

import jakarta.annotation.security.RolesAllowed;

/**
 * Bulk import of provisions or children: choose the kind, upload a CSV or XLSX file (streamed to a temporary file,
 * refused past the byte limit), see the dry run (what would be created, updated or left unchanged, and every problem
 * with its line and column), then import it all or nothing. The work runs off the request thread; a progress bar
 * follows it by server push, at most a few pushes a second.
 */
@Route("admin/imports")
@PageTitle(ImportsView.TITLE)
@Menu(title = ImportsView.TITLE, order = 55, icon = "vaadin:upload")
@RolesAllowed("ADMIN")
public class ImportsView extends VerticalLayout {

    static final String TITLE = "Imports";

    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>("What the file holds");
    final HorizontalLayout templates = new HorizontalLayout();
    final Upload upload = new Upload();
    final Span status = new Span();
    final ProgressBar progress = new ProgressBar();
    final Paragraph summary = new Paragraph();
    final Grid<FileProblem> problems = new Grid<>();
    final Button importButton = new Button("Import");

    private final BulkImports imports;
    private final String me;
    private final long maxBytes;
    private final PushThrottle throttle = new PushThrottle(Duration.ofMillis(250));
    private final AtomicReference<String> latest = new AtomicReference<>("");
    /** Where the dry run and import run: a virtual thread each; tests run them in place. */
    Executor work = runnable -> Thread.ofVirtual().name("rollcall-import").start(runnable);
    private Path file;
    private String fileName;
    private ImportKind checkedKind;

    public ImportsView(BulkImports imports, TabularReader reader, Accounts accounts) {
        this.imports = imports;
        this.me = accounts.caller().name();
        this.maxBytes = reader.maxBytes();
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(ImportKind::label);
        kind.setValue(ImportKind.PROVISIONS);
        kind.addValueChangeListener(e -> {
            showTemplates();
            if (file != null) {
                dryRun();
            }
        });
        showTemplates();

        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.getElement().setAttribute("aria-label", "Upload the file to import (CSV or XLSX)");
        upload.setUploadHandler(this::receive);
        upload.addFileRejectedListener(e -> status.setText("Not read: " + e.getErrorMessage()
                + " The largest file accepted is " + maxBytes / (1024 * 1024) + " MB: split a larger one."));
        status.getElement().setAttribute("role", "status");
        status.setId("imports-status");

        progress.setVisible(false);
        progress.setWidth("30rem");
        summary.setId("imports-summary");
        problems.addColumn(p -> p.line() == 0 ? "the file" : String.valueOf(p.line())).setHeader("Line")
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.column() == null ? "" : p.column()).setHeader("Column").setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(FileProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // a problem says what is accepted: show it all
        problems.setPageSize(100);
        problems.setVisible(false);
        problems.setAllRowsVisible(false);
        problems.setHeight("24rem");
        problems.getElement().setAttribute("aria-label", "Problems in the file, by line and column");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> importFile());
        add(new Paragraph("Import provisions (with their call windows and contacts) or children (with their school "
                        + "placement and contacts) from a CSV or Excel file. Rollcall first checks the whole file and "
                        + "writes nothing; then \"Import\" writes all of it, or nothing if any line has a problem. "
                        + "Importing the same file again changes nothing."),
                kind, templates, upload, status, progress, summary, importButton, problems);
        setSizeFull();
    }

    private void showTemplates() {
        templates.removeAll();
        ImportKind k = kind.getValue();
        String base = k == ImportKind.PROVISIONS ? "provisions-template" : "children-template";
        templates.add(new Span("Templates (the header and one example row):"),
                template(k, base + ".csv", "CSV template", false), template(k, base + ".xlsx", "Excel template",
                        true));
        templates.setAlignItems(Alignment.BASELINE);
    }

    private Anchor template(ImportKind k, String name, String label, boolean xlsx) {
        DownloadHandler handler = event -> {
            event.setFileName(name);
            event.setContentType(xlsx ? TabularTemplates.XLSX_TYPE : TabularTemplates.CSV_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                if (xlsx) {
                    TabularTemplates.xlsx(imports.columns(k).all(), imports.example(k), out);
                } else {
                    TabularTemplates.csv(imports.columns(k).all(), imports.example(k), out);
                }
            }
        };
        Anchor anchor = new Anchor(handler, label);
        anchor.getElement().setAttribute("download", true);
        anchor.setId("imports-template-" + (xlsx ? "xlsx" : "csv"));
        return anchor;
    }

    /**
     * Streams the upload into a temporary file, stopping one byte past the limit: the browser refuses a larger file
     * first (setMaxFileSize), this refuses one sent anyway, without reading the rest of it.
     */
    private void receive(UploadEvent event) throws IOException {
        Path target = Files.createTempFile("rollcall-upload-", ".part");
        long copied = 0;
        try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while (copied <= maxBytes && (n = in.read(buffer, 0, (int) Math.min(buffer.length,
                    maxBytes + 1 - copied))) > 0) {
                out.write(buffer, 0, n);
                copied += n;
            }
        }
        UI ui = event.getUI();
        if (copied > maxBytes) {
            Files.deleteIfExists(target);
            event.reject("the file is larger than " + maxBytes / (1024 * 1024) + " MB");
            ui.access(() -> status.setText("Not read: " + event.getFileName() + " is larger than "
                    + maxBytes / (1024 * 1024) + " MB, the most accepted: split it into smaller files."));
            return;
        }
        ui.access(() -> received(event.getFileName(), target));
    }

    /** The upload arrived in a temporary file: check it at once. */
    void received(String name, Path uploaded) {
        forget();
        // Ready for the corrected file at once (a full list would also grey out the drop zone's label).
        upload.clearFileList();
        file = uploaded;
        fileName = name;
        dryRun();
    }

    private void dryRun() {
        ImportKind k = kind.getValue();
        start("Checking " + fileName + "…");
        UI ui = UI.getCurrent();
        Path path = file;
        work.execute(() -> {
            ImportReport report = withFile(path, in -> imports.dryRun(k, fileName, in, (step, done, total) ->
                    progressed(ui, step, done, total)));
            ui.access(() -> {
                checkedKind = k;
                show(report);
            });
        });
    }

    private void importFile() {
        ImportKind k = checkedKind;
        importButton.setEnabled(false);
        start("Importing " + fileName + "…");
        UI ui = UI.getCurrent();
        Path path = file;
        work.execute(() -> {
            ImportReport report;
            try {
                report = withFile(path, in -> imports.importFile(k, fileName, in, me, (step, done, total) ->
                        progressed(ui, step, done, total)));
            } catch (RuntimeException e) {
                ui.access(() -> {
                    progress.setVisible(false);
                    status.setText("Nothing was imported: the directory refused the file (" + e.getMessage()
                            + "). Run the dry run again; if it passes, ask support.");
                });
                return;
            }
            ui.access(() -> {
                show(report);
                if (report.imported()) {
                    forget();
                }
            });
        });
    }

    private void start(String text) {
        status.setText(text);
        progress.setIndeterminate(true);
        progress.setVisible(true);
        importButton.setEnabled(false);
    }

    private interface FileWork {
        ImportReport run(InputStream in);
    }

    private static ImportReport withFile(Path path, FileWork task) {
        try (InputStream in = Files.newInputStream(path)) {
            return task.run(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Called from the work thread: keep the latest, push it at most every 250 ms. */
    private void progressed(UI ui, String step, int done, int total) {
        latest.set(step + ": " + String.format("%,d", done) + (total > 0 ? " of " + String.format("%,d", total)
                : " rows") + "|" + (total > 0 ? (double) done / total : -1));
        long wait = throttle.requested(System.nanoTime());
        if (wait < 0) {
            return;
        }
        CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS).execute(() -> ui.access(() -> {
            throttle.pushed(System.nanoTime());
            String[] now = latest.get().split("\\|");
            double fraction = Double.parseDouble(now[1]);
            progress.setIndeterminate(fraction < 0);
            if (fraction >= 0) {
                progress.setValue(Math.min(1, fraction));
            }
            if (progress.isVisible()) {
                status.setText(now[0]);
            }
        }));
    }

    void show(ImportReport r) {
        progress.setVisible(false);
        String read = r.file().format().label() + (r.file().format() == org.rollcall.imports.TabularFile.Format.CSV
                ? ", read as " + r.file().encoding() : "");
        if (r.imported()) {
            status.setText("Imported " + r.file().fileName() + ".");
            summary.setText((r.kind() == ImportKind.PROVISIONS ? "Provisions: " : "Children: ") + r.created()
                    + " created, " + r.updated() + " updated, " + r.unchanged() + " unchanged.");
        } else if (r.hasProblems()) {
            status.setText("Checked " + r.file().fileName() + " (" + read + "): " + String.format("%,d",
                    r.problems().size()) + (r.problems().size() == 1 ? " problem" : " problems")
                    + ". Nothing can be imported until every one is fixed; nothing was written.");
            summary.setText("Without them: " + r.created() + " would be created, " + r.updated() + " updated, "
                    + r.unchanged() + " unchanged.");
        } else {
            status.setText("Checked " + r.file().fileName() + " (" + read + "): no problems. Nothing is written "
                    + "until you choose Import.");
            summary.setText(r.created() + " would be created, " + r.updated() + " updated, " + r.unchanged()
                    + " unchanged.");
        }
        problems.setItems(r.problems());
        problems.setVisible(r.hasProblems());
        importButton.setEnabled(!r.imported() && !r.hasProblems() && r.created() + r.updated() > 0);
    }

    private void forget() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary directory is cleaned by the OS
            }
        }
        file = null;
        checkedKind = null;
    }

    @Override
    protected void onDetach(DetachEvent event) {
        forget();
        super.onDetach(event);
    }
}
