package org.rollcall.imports.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.rollcall.accounts.AuditLog;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.DirectoryImport;
import org.rollcall.directory.DirectoryImport.ChildUpdate;
import org.rollcall.directory.DirectoryImport.ProvisionUpdate;
import org.rollcall.directory.ImportedChild;
import org.rollcall.directory.ImportedProvision;
import org.rollcall.imports.BulkImports;
import org.rollcall.imports.FileProblem;
import org.rollcall.imports.ImportKind;
import org.rollcall.imports.ImportProgress;
import org.rollcall.imports.ImportReport;
import org.rollcall.imports.TabularColumns;
import org.rollcall.imports.TabularFile;
import org.rollcall.imports.TabularReader;
import org.rollcall.imports.TabularRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dry run and import share one path: read every row (the file streamed, the parsed rows kept), check them all, match
 * them to the directory, and only then, for an import without a single problem, write, in the same transaction as
 * the checks. A dry run runs in a read-only transaction and never reaches the writes.
 */
@Service
class ImportService implements BulkImports {

    static final String STEP_READ = "Reading the file";
    static final String STEP_CHECK = "Checking against the directory";
    static final String STEP_WRITE = "Writing";
    private static final int SLICE = 2_000;

    private final TabularReader reader;
    private final DirectoryImport directory;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;

    ImportService(TabularReader reader, DirectoryImport directory, AuditLog audit, TransactionTemplate transactions) {
        this.reader = reader;
        this.directory = directory;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    @Override
    public TabularColumns columns(ImportKind kind) {
        return kind == ImportKind.PROVISIONS ? ProvisionFile.COLUMNS : ChildFile.COLUMNS;
    }

    @Override
    public List<String> example(ImportKind kind) {
        return kind == ImportKind.PROVISIONS ? ProvisionFile.EXAMPLE : ChildFile.EXAMPLE;
    }

    @Override
    public ImportReport dryRun(ImportKind kind, String fileName, InputStream content, ImportProgress progress) {
        return readOnly.execute(status -> run(kind, fileName, content, null, progress));
    }

    @Override
    public ImportReport importFile(ImportKind kind, String fileName, InputStream content, String actor,
                                   ImportProgress progress) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an import is audited: say who imports the file");
        }
        return transactions.execute(status -> run(kind, fileName, content, actor, progress));
    }

    private ImportReport run(ImportKind kind, String fileName, InputStream content, String actor,
                             ImportProgress progress) {
        Map<String, AuthoritySummary> authorities = directory.authoritiesByLaCode();
        List<FileProblem> problems = new ArrayList<>();
        if (kind == ImportKind.PROVISIONS) {
            List<ProvisionFile.Parsed> rows = new ArrayList<>();
            TabularFile file = read(fileName, content, kind, progress,
                    row -> add(rows, ProvisionFile.read(row, authorities, problems)));
            progress.at(STEP_CHECK, 0, rows.size());
            Plan<ImportedProvision, ProvisionUpdate> plan = ProvisionPlanner.plan(rows, directory, problems);
            return finish(kind, file, plan, problems, actor, progress, directory::createProvisions,
                    directory::updateProvisions, "provision", u -> u.held().id().toString(),
                    u -> RecordDiff.of(u.held().values(), u.values()));
        }
        List<ChildFile.Parsed> rows = new ArrayList<>();
        TabularFile file = read(fileName, content, kind, progress,
                row -> add(rows, ChildFile.read(row, authorities, problems)));
        progress.at(STEP_CHECK, 0, rows.size());
        Plan<ImportedChild, ChildUpdate> plan = ChildPlanner.plan(rows, authorities, directory, problems);
        return finish(kind, file, plan, problems, actor, progress, directory::createChildren,
                directory::updateChildren, "child", u -> u.held().id().toString(),
                u -> RecordDiff.of(u.held().values(), u.values()));
    }

    private TabularFile read(String fileName, InputStream content, ImportKind kind, ImportProgress progress,
                             Consumer<TabularRow> rows) {
        int[] count = {0};
        TabularFile file = reader.read(fileName, content, columns(kind), row -> {
            rows.accept(row);
            if (++count[0] % 500 == 0) {
                progress.at(STEP_READ, count[0], 0);
            }
        });
        progress.at(STEP_READ, count[0], 0);
        return file;
    }

    private static <T> void add(List<T> rows, T parsed) {
        if (parsed != null) {
            rows.add(parsed);
        }
    }

    private <V, U> ImportReport finish(ImportKind kind, TabularFile file, Plan<V, U> plan, List<FileProblem> rowProblems,
                                       String actor, ImportProgress progress, Consumer<List<V>> create,
                                       Consumer<List<U>> update, String subject,
                                       java.util.function.Function<U, String> id,
                                       java.util.function.Function<U, String> diff) {
        List<FileProblem> problems = new ArrayList<>(file.problems());
        problems.addAll(rowProblems);
        problems.sort(Comparator.comparingInt(FileProblem::line));
        boolean write = actor != null && problems.isEmpty();
        if (write) {
            int total = plan.creates.size() + plan.updates.size();
            int done = 0;
            for (int i = 0; i < plan.creates.size(); i += SLICE) {
                List<V> slice = plan.creates.subList(i, Math.min(plan.creates.size(), i + SLICE));
                create.accept(slice);
                done += slice.size();
                progress.at(STEP_WRITE, done, total);
            }
            for (int i = 0; i < plan.updates.size(); i += SLICE) {
                List<U> slice = plan.updates.subList(i, Math.min(plan.updates.size(), i + SLICE));
                update.accept(slice);
                for (U u : slice) {
                    audit.record(actor, "import-updated-" + subject, subject, id.apply(u), diff.apply(u));
                }
                done += slice.size();
                progress.at(STEP_WRITE, done, total);
            }
        }
        if (actor != null) {
            // Who imported which file and what came of it; never the rows (they are personal data).
            audit.record(actor, write ? "import-file" : "import-file-refused", "import", file.fileName(),
                    kind.name().toLowerCase() + " file (" + file.format().label() + "): " + plan.creates.size()
                            + " created, " + plan.updates.size() + " updated, " + plan.unchanged + " unchanged, "
                            + problems.size() + " problems" + (write ? "" : "; nothing imported"));
        }
        return new ImportReport(kind, file, plan.creates.size(), plan.updates.size(), plan.unchanged, problems, write);
    }
}
