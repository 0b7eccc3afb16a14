package org.rollcall.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditEntry;
import org.rollcall.accounts.AuditLog;
import org.rollcall.privacy.internal.ArchiveWriter;
import org.rollcall.privacy.internal.SubjectQueries;
import org.rollcall.privacy.internal.SubjectQueries.Section;
import org.rollcall.recording.RecordingArchive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Subject-access exports (ADR 0034): everything Rollcall holds about one child as one ZIP archive, built in the
 * background after the request commits (the screen polls its progress), kept for a set number of days in the
 * export directory, then deleted. Requests and downloads are audited on the child.
 */
@Service
public class SubjectAccessExports {

    private static final Logger log = LoggerFactory.getLogger(SubjectAccessExports.class);

    private final JdbcClient jdbc;
    private final SubjectQueries queries;
    private final RecordingArchive recordings;
    private final AuditLog audit;
    private final Accounts accounts;
    private final TaskExecutor executor;
    private final PrivacyProperties properties;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts;

    SubjectAccessExports(JdbcClient jdbc, SubjectQueries queries, RecordingArchive recordings, AuditLog audit,
                         Accounts accounts, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
                         PrivacyProperties properties, Clock clock,
                         SecurityContextHolderStrategy contexts) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.recordings = recordings;
        this.audit = audit;
        this.accounts = accounts;
        this.executor = executor;
        this.properties = properties;
        this.clock = clock;
        this.contexts = contexts;
    }

    /** Starts an export of the child; it runs after this returns. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ExportJob request(UUID child) {
        if (child == null) {
            throw new IllegalArgumentException("choose a child first: find them by name or UPN");
        }
        String label = jdbc.sql("""
                        SELECT c.first_name || ' ' || c.last_name FROM child c
                        WHERE c.id = ? AND NOT EXISTS (SELECT 1 FROM privacy_erasure e WHERE e.reference = c.id)""")
                .param(child).query(String.class).optional().orElseThrow(() -> new IllegalArgumentException(
                        "there is no child " + child + " in Rollcall (or their data was erased); find the child "
                                + "by name or UPN"));
        UUID id = UUID.randomUUID();
        String me = accounts.caller().name();
        int total = SubjectQueries.SECTIONS.size() + 2 + queries.callsOf(child).size();
        jdbc.sql("""
                        INSERT INTO privacy_export (id, child_id, child_label, requested_by, requested_at, status,
                                                    parts_total) VALUES (?, ?, ?, ?, ?, 'RUNNING', ?)""")
                .params(id, child, label, me, Timestamp.from(clock.instant()), total).update();
        audit.record(me, "REQUEST_SUBJECT_ACCESS_EXPORT", "child", child.toString(), "export " + id);
        // The admin's sign-in goes with the work, through the application's strategy (not the static holder,
        // which another application context in the same JVM may have replaced).
        var build = new DelegatingSecurityContextRunnable(() -> build(id, child, label, me), contexts.getContext());
        build.setSecurityContextHolderStrategy(contexts);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.execute(build);
            }
        });
        return job(id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public ExportJob job(UUID id) {
        return jdbc.sql("SELECT * FROM privacy_export WHERE id = ?").param(id).query(SubjectAccessExports::job)
                .optional().orElseThrow(() -> new IllegalArgumentException("there is no export " + id));
    }

    /** The latest exports, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<ExportJob> recent(int limit) {
        return jdbc.sql("SELECT * FROM privacy_export ORDER BY requested_at DESC LIMIT ?").param(limit)
                .query(SubjectAccessExports::job).list();
    }

    /** Opens a ready archive for download; audited on the child. Close the stream. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public InputStream download(UUID id) {
        ExportJob job = job(id);
        if (!job.status().equals("READY")) {
            throw new IllegalArgumentException("the export is not ready to download: " + job.statusLabel());
        }
        audit.record(accounts.caller().name(), "DOWNLOAD_SUBJECT_ACCESS_EXPORT", "child", job.childId().toString(),
                "export " + id);
        try {
            return Files.newInputStream(archive(id));
        } catch (IOException e) {
            throw new UncheckedIOException("the archive of export " + id + " cannot be read", e);
        }
    }

    /** File name offered for the download: no personal data in it. */
    public static String fileName(ExportJob job) {
        return "subject-access-" + job.id() + ".zip";
    }

    /** Deletes archives past their days and every archive of the child (an erasure); returns how many. */
    @Transactional(propagation = Propagation.REQUIRES_NEW) // also runs after an erasure's commit
    public int expire(Instant now, UUID onlyChild) {
        List<UUID> ids = jdbc.sql("""
                        SELECT id FROM privacy_export WHERE status <> 'EXPIRED'
                        AND (CAST(:child AS UUID) IS NULL AND expires_at < :now OR child_id = :child)""")
                .param("child", onlyChild).param("now", Timestamp.from(now)).query(UUID.class).list();
        for (UUID id : ids) {
            try {
                Files.deleteIfExists(archive(id));
                Files.deleteIfExists(archive(id).resolveSibling(id + ".zip.part"));
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete the archive of export " + id, e);
            }
            jdbc.sql("UPDATE privacy_export SET status = 'EXPIRED' WHERE id = ?").param(id).update();
        }
        return ids.size();
    }

    private void build(UUID id, UUID child, String label, String me) {
        Path part = archive(id).resolveSibling(id + ".zip.part");
        try {
            Files.createDirectories(part.getParent());
            try (OutputStream out = Files.newOutputStream(part); ArchiveWriter zip = new ArchiveWriter(out)) {
                for (Section section : SubjectQueries.SECTIONS) {
                    zip.table(section.file(), section.title(), section.module(), queries.rows(section, child));
                    progress(id);
                }
                List<AuditEntry> entries = audit.entriesFor("child", child.toString());
                zip.table("who_viewed", "Who viewed or changed the record (audit log)", "accounts",
                        entries.stream().map(SubjectAccessExports::row).toList());
                progress(id);
                for (UUID call : queries.callsOf(child)) {
                    String path = "recordings/call-" + call + ".wav";
                    try (OutputStream file = zip.file(path, "Recording of call " + call, "the call's audio")) {
                        recordings.copyTo(call, file);
                    }
                    progress(id);
                }
                for (Map.Entry<String, byte[]> pdf : queries.letterPdfs(child).entrySet()) {
                    try (OutputStream file = zip.file("letters/" + pdf.getKey(), "Letter", "a letter as printed")) {
                        file.write(pdf.getValue());
                    }
                }
                progress(id);
                zip.finish("Subject-access export: " + label, List.of(
                        "Everything Rollcall holds about " + label + " (reference " + child + ").",
                        "Prepared at " + clock.instant() + " for " + me + ".",
                        "Each table is in data/ as JSON (machine-readable) and CSV (opens in a spreadsheet)."));
            }
            Files.move(part, archive(id), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Instant done = clock.instant();
            jdbc.sql("""
                            UPDATE privacy_export SET status = 'READY', parts_done = parts_total, size_bytes = ?,
                            finished_at = ?, expires_at = ? WHERE id = ?""")
                    .params(Files.size(archive(id)), Timestamp.from(done),
                            Timestamp.from(done.plus(Duration.ofDays(properties.exportKeepDays()))), id).update();
        } catch (IOException | RuntimeException e) {
            log.error("Subject-access export {} failed", id, e);
            jdbc.sql("UPDATE privacy_export SET status = 'FAILED', problem = ?, finished_at = ? WHERE id = ?")
                    .params("it could not be written (" + e.getMessage() + "); request it again",
                            Timestamp.from(clock.instant()), id).update();
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the expiry sweep deletes it
            }
        }
    }

    private static Map<String, String> row(AuditEntry entry) {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        row.put("at", entry.at().toString());
        row.put("actor", entry.actor());
        row.put("action", entry.action());
        row.put("detail", entry.detail());
        return row;
    }

    private void progress(UUID id) {
        jdbc.sql("UPDATE privacy_export SET parts_done = LEAST(parts_done + 1, parts_total) WHERE id = ?")
                .param(id).update();
    }

    private Path archive(UUID id) {
        return properties.exportDirectory().resolve(id + ".zip");
    }

    private static ExportJob job(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ExportJob(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getString("child_label"), rs.getString("requested_by"), instant(rs, "requested_at"),
                rs.getString("status"), rs.getInt("parts_done"), rs.getInt("parts_total"),
                rs.getObject("size_bytes", Long.class), rs.getString("problem"), instant(rs, "finished_at"),
                instant(rs, "expires_at"));
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
