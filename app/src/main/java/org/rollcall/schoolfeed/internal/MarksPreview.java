package org.rollcall.schoolfeed.internal;

import java.util.List;

import org.rollcall.attendance.RecordMark;
import org.rollcall.imports.FileProblem;
import org.rollcall.imports.TabularFile;

/**
 * A marks file checked without saving: every problem with its line and column, and the marks it would record when
 * there are none. {@code sha256} names the file's content, so the same file imported twice changes nothing.
 */
public record MarksPreview(TabularFile file, List<FileProblem> problems, List<RecordMark> marks, String sha256) {

    public MarksPreview {
        problems = List.copyOf(problems);
        marks = List.copyOf(marks);
    }

    public boolean importable() {
        return problems.isEmpty() && !marks.isEmpty();
    }
}
