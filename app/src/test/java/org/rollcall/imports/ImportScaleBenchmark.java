package org.rollcall.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.directory.Upn;
import org.rollcall.support.BenchmarkApplication;

/**
 * Not a test: writes a 600-provision file and a 28,000-child file (every child with a school, a carer and a social
 * worker), then for each dry-runs it, imports it and imports it again (which must change nothing), printing rows per
 * second and the peak heap in use during each step. Never fails on timing; target: the 28,000-child import in under
 * a minute. {@code ./mvnw -B -pl app -am -Pimport-scale -DskipTests verify}
 */
public final class ImportScaleBenchmark {

    static final int PROVISIONS = 600;
    static final int CHILDREN = 28_000;

    private ImportScaleBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        try (BenchmarkApplication app = BenchmarkApplication.start("import-scale", "2027-02-26T06:00",
                "--rollcall.calls.plan-interval=24h", "--rollcall.calls.dialler-interval=1h",
                "--rollcall.notify.embedded-smtp-port=0")) {
            DirectoryAdmin directory = app.bean(DirectoryAdmin.class);
            for (int a = 0; a < 4; a++) {
                directory.createAuthority("Scale Borough " + a, Nation.ENGLAND, String.valueOf(801 + a));
            }
            BulkImports imports = app.bean(BulkImports.class);
            Path provisions = write("provisions", imports.columns(ImportKind.PROVISIONS).all(), ImportScaleBenchmark::provision,
                    PROVISIONS);
            Path children = write("children", imports.columns(ImportKind.CHILDREN).all(), ImportScaleBenchmark::child,
                    CHILDREN);
            System.out.printf("%nFiles: %,d provisions (%,d KB), %,d children (%,d KB)%n", PROVISIONS,
                    Files.size(provisions) / 1024, CHILDREN, Files.size(children) / 1024);
            for (var step : List.of(ImportKind.PROVISIONS, ImportKind.CHILDREN)) {
                Path file = step == ImportKind.PROVISIONS ? provisions : children;
                measure("dry run", step, file, in -> imports.dryRun(step, file.getFileName().toString(), in,
                        LIVE_HEAP));
                measure("import", step, file, in -> imports.importFile(step, file.getFileName().toString(), in,
                        "benchmark", LIVE_HEAP));
                measure("re-import", step, file, in -> imports.importFile(step, file.getFileName().toString(), in,
                        "benchmark", LIVE_HEAP));
            }
            Files.delete(provisions);
            Files.delete(children);
        }
    }

    /** The heap in use after a collection, taken when every row has been read and is held, before the checks. */
    private static long liveWithRows;
    private static final ImportProgress LIVE_HEAP = (step, done, total) -> {
        if (step.startsWith("Checking") && done == 0) {
            System.gc();
            liveWithRows = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    };

    private interface Step {
        ImportReport run(InputStream in);
    }

    private static void measure(String what, ImportKind kind, Path file, Step step) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        ImportReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = step.run(in);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        int rows = report.created() + report.updated() + report.unchanged();
        System.out.printf("%-10s %-10s %,7d rows in %6.1f s = %,8.0f rows/s  (created %,d, updated %,d, unchanged "
                        + "%,d, problems %,d; heap in use %,d MB before, %,d MB with every row read and held, "
                        + "pool peak %,d MB of max %,d MB)%n", kind.name().toLowerCase(), what,
                rows, seconds, rows / seconds, report.created(), report.updated(), report.unchanged(),
                report.problems().size(), before >> 20, liveWithRows >> 20, peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        if (report.hasProblems()) {
            report.problems().stream().limit(5).forEach(p -> System.out.println("  " + p.describe()));
        }
    }

    private interface RowWriter {
        String row(int n);
    }

    private static Path write(String name, List<String> header, RowWriter rows, int count) throws IOException {
        Path file = Files.createTempFile("import-scale-" + name + "-", ".csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", header) + "\n");
            for (int n = 0; n < count; n++) {
                out.write(rows.row(n) + "\n");
            }
        }
        return file;
    }

    /** URN, name, type, nation, LA, phone, contact, windows, frequency, email, day, reason, teacher x3. */
    private static String provision(int n) {
        return String.format("%06d,Scale School %d,Mainstream school,England,%d,01632 %06d,Office %d,"
                        + "09:30-10:00; 13:30-14:00,Daily,office%d@scale.example.org,,,Teacher %d,01632 %06d,",
                700_000 + n, n, 801 + n % 4, 100_000 + n, n, n, n, 300_000 + n);
    }

    /** LA, reference, UPN, names, birth, year, cohort, borough, SEN, school, start, carer x3, social worker x3. */
    private static String child(int n) {
        int la = 801 + n % 4;
        return String.format("%d,REF-%d,%s,Child,Number %d,%02d/%02d/%d,%d,Looked-after child,%s,No SEN,%06d,"
                        + "01/09/2026,Carer %d,07700 %06d,,Worker %d,,worker%d@scale.example.org",
                la, n, Upn.withCheckLetter(la + "2" + String.format("%08d", n)), n, 1 + n % 28, 1 + n % 12,
                2010 + n % 8, 1 + n % 11, n % 3 == 0 ? "out" : "in", 700_000 + n % PROVISIONS, n, n % 1_000_000, n,
                n);
    }
}
