package org.rollcall.schoolfeed.internal;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.rollcall.attendance.MarkSource;
import org.rollcall.attendance.SchoolMarks;
import org.rollcall.directory.AuthorityId;
import org.rollcall.imports.FileProblem;
import org.rollcall.imports.TabularColumns;
import org.rollcall.imports.TabularReader;
import org.rollcall.imports.TabularRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An authority's marks files (ADR 0044): read with the imports module's reader, every row checked as an operator's
 * mark would be (dry run), then all recorded or none. The same file again changes nothing.
 */
@Service
public class MarksImports {

    /** The made-up UPN of the template's example line. */
    public static final String EXAMPLE_UPN = org.rollcall.directory.Upn.withCheckLetter("999999999001");

    private final TabularReader reader;
    private final MarksRows rowsChecker;
    private final SchoolMarks schoolMarks;
    private final JdbcClient jdbc;
    private final Clock clock;

    MarksImports(TabularReader reader, MarksRows rowsChecker, SchoolMarks schoolMarks, JdbcClient jdbc, Clock clock) {
        this.reader = reader;
        this.rowsChecker = rowsChecker;
        this.schoolMarks = schoolMarks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Reads and checks the file, saving nothing. */
    @Transactional(readOnly = true)
    public MarksPreview check(AuthorityId authority, String fileName, byte[] content, String by) {
        List<TabularRow> rows = new ArrayList<>();
        var file = reader.read(fileName, new ByteArrayInputStream(content), MarksRows.COLUMNS, rows::add);
        List<FileProblem> problems = new ArrayList<>(file.problems());
        var marks = rowsChecker.check(authority, rows, by, problems);
        if (problems.isEmpty() && marks.isEmpty()) {
            problems.add(FileProblem.ofFile("The file has no marks: after the header line, one line per child and "
                    + "session (UPN, date, session, code, reason)"));
        }
        problems.sort(java.util.Comparator.comparingInt(FileProblem::line));
        return new MarksPreview(file, problems, marks, sha256(content));
    }

    /**
     * Checks the file again and, when it has no problem, records every mark in one transaction.
     *
     * @throws IllegalArgumentException when the file has problems (nothing saved); the preview lists them
     */
    @Transactional
    public MarksImported importFile(AuthorityId authority, String fileName, byte[] content, String by) {
        MarksPreview preview = check(authority, fileName, content, by);
        if (!preview.importable()) {
            throw new IllegalArgumentException("The file has " + preview.problems().size()
                    + (preview.problems().size() == 1 ? " problem" : " problems") + ": nothing was imported. "
                    + preview.problems().getFirst().describe());
        }
        var earlier = jdbc.sql("""
                        SELECT file_name, imported_by, imported_at, rows_read FROM marks_import
                        WHERE authority_id = ? AND sha256 = ? ORDER BY imported_at LIMIT 1""")
                .params(authority.value(), preview.sha256())
                .query((rs, n) -> new MarksImported(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getInt(4), 0, rs.getInt(4), 0, true)).optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        UUID id = UUID.randomUUID();
        SchoolMarks.Saved saved = schoolMarks.record(preview.marks(), MarkSource.SCHOOL_FEED, "import " + id);
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO marks_import (id, authority_id, file_name, sha256, imported_by, imported_at, rows_read,
                                                  added, unchanged, differing)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, authority.value(), fileName, preview.sha256(), by, Timestamp.from(now),
                        preview.marks().size(), saved.changed(), saved.unchanged(), saved.differing())
                .update();
        return new MarksImported(fileName, by, now, preview.marks().size(), saved.changed(), saved.unchanged(),
                saved.differing(), false);
    }

    /** The columns a marks file has, in template order: exactly the headings {@link #check} reads. */
    public TabularColumns columns() {
        return MarksRows.COLUMNS;
    }

    /**
     * The template's example line, in {@link #columns()} order: a made-up child present this morning. Its UPN has a
     * right check letter but no child, so the template dry-runs clean only once filled in with the authority's own.
     */
    public List<String> example() {
        return List.of(EXAMPLE_UPN, LocalDate.now(clock).toString(), "AM", "/", "");
    }

    /** The authority's last imports, newest first. */
    @Transactional(readOnly = true)
    public List<MarksImported> recent(AuthorityId authority, int limit) {
        return jdbc.sql("""
                        SELECT * FROM marks_import WHERE authority_id = ? ORDER BY imported_at DESC LIMIT ?""")
                .params(authority.value(), limit)
                .query((rs, n) -> new MarksImported(rs.getString("file_name"), rs.getString("imported_by"),
                        rs.getTimestamp("imported_at").toInstant(), rs.getInt("rows_read"), rs.getInt("added"),
                        rs.getInt("unchanged"), rs.getInt("differing"), false)).list();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
