package org.rollcall.privacy.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-only queries for "everything about child X", one per owning module (ADR 0034). This is the documented first
 * step the ADR allows: each section names the module whose tables it reads, and is meant to become a read method
 * of that module's public API. Nothing here writes.
 */
@Component
public class SubjectQueries {

    /** One section of a subject-access archive: a file name, a human title, the owning module and its query. */
    public record Section(String file, String title, String module, String sql) {
    }

    static final String CALLS_OF_CHILD = """
            SELECT call_id FROM mark WHERE child_id = :child AND call_id IS NOT NULL
            UNION SELECT call_id FROM challenge_outcome WHERE child_id = :child AND call_id IS NOT NULL
            UNION SELECT call_id FROM change_heard WHERE child_id = :child AND call_id IS NOT NULL
            UNION SELECT call_id FROM school_move WHERE child_id = :child AND call_id IS NOT NULL""";

    public static final List<Section> SECTIONS = List.of(
            new Section("child", "The child's record", "directory", "SELECT * FROM child WHERE id = :child"),
            new Section("placements", "Placements (on roll and alternative)", "directory", """
                    SELECT p.id, p.kind, p.starts_on, p.ends_on, v.name AS provision, v.urn
                    FROM placement p JOIN provision v ON v.id = p.provision_id
                    WHERE p.child_id = :child ORDER BY p.starts_on"""),
            new Section("timetables", "Alternative provision timetables", "directory", """
                    SELECT s.placement_id, s.weekday, s.session FROM placement_session s
                    JOIN placement p ON p.id = s.placement_id WHERE p.child_id = :child
                    ORDER BY s.placement_id, s.weekday, s.session"""),
            new Section("contacts", "Contacts (carers, social workers)", "directory",
                    "SELECT role, name, phone, email FROM contact WHERE child_id = :child ORDER BY role, name"),
            new Section("marks", "Attendance marks with their history (superseded marks too)", "attendance", """
                    SELECT m.id, m.on_date, m.session, m.code_set_id, m.code, m.reason, v.name AS provision,
                           m.call_id, m.offset_seconds, m.recorded_by, m.recorded_at, m.superseded_at,
                           m.superseded_by
                    FROM mark m JOIN provision v ON v.id = m.provision_id
                    WHERE m.child_id = :child ORDER BY m.on_date, m.session, m.recorded_at"""),
            new Section("ap_attendance", "Attendance at alternative provision", "apattendance",
                    "SELECT * FROM ap_attendance WHERE child_id = :child ORDER BY on_date, session"),
            new Section("challenges", "Challenges of marks", "challenges",
                    "SELECT * FROM challenge_outcome WHERE child_id = :child ORDER BY recorded_at"),
            new Section("calls", "Calls that covered the child", "calls", """
                    SELECT c.id, c.call_date, v.name AS provision, c.operator_name, c.placed_at, c.answered_at,
                           c.ended_at, c.talk_seconds, c.outcome
                    FROM call c JOIN provision v ON v.id = c.provision_id
                    WHERE c.id IN (""" + CALLS_OF_CHILD + ") ORDER BY c.placed_at NULLS LAST"),
            new Section("recordings", "Recordings of those calls", "recording", """
                    SELECT call_id, status, duration_ms, stored_at, legal_hold FROM recording
                    WHERE call_id IN (""" + CALLS_OF_CHILD + ") ORDER BY stored_at NULLS LAST"),
            new Section("escalations", "Escalations (carer calls, social-worker notices, letters)", "escalation",
                    "SELECT * FROM escalation WHERE child_id = :child ORDER BY opened_at"),
            new Section("escalation_steps", "Steps of those escalations", "escalation", """
                    SELECT t.escalation_id, t.at, t.who, t.step, t.said FROM escalation_timeline t
                    JOIN escalation e ON e.id = t.escalation_id WHERE e.child_id = :child ORDER BY t.at, t.seq"""),
            new Section("changes_heard", "Changes heard on calls", "changes",
                    "SELECT * FROM change_heard WHERE child_id = :child ORDER BY made_at"),
            new Section("alternative_requests", "Alternative timetables asked for", "alternative",
                    "SELECT * FROM alternative_timetable_request WHERE child_id = :child"),
            new Section("school_moves", "School moves", "moves",
                    "SELECT * FROM school_move WHERE child_id = :child ORDER BY made_at"),
            new Section("backdates", "Marks backdated after a move", "moves", """
                    SELECT b.* FROM backdate b JOIN school_move s ON s.id = b.move_id WHERE s.child_id = :child"""),
            new Section("not_on_roll", "Not on roll", "enrolment",
                    "SELECT * FROM not_on_roll WHERE child_id = :child ORDER BY recorded_at"),
            new Section("introduction_letters", "Introduction letters", "enrolment",
                    """
                    SELECT id, recipient, kind, channel, email, pdf_name, status, created_at, printed_at, posted_at
                    FROM introduction_letter WHERE child_id = :child ORDER BY created_at"""),
            new Section("exclusion_letters", "Exclusion letters received (the PDFs stay in object storage)",
                    "escalation", """
                    SELECT l.escalation_id, l.bytes, l.received_at, l.uploaded_by FROM exclusion_letter l
                    JOIN escalation e ON e.id = l.escalation_id WHERE e.child_id = :child"""),
            new Section("results", "Attainment and exam results", "attainment",
                    "SELECT * FROM attainment_result WHERE child_id = :child ORDER BY recorded_at"));

    private final JdbcClient jdbc;

    SubjectQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rows of a section for the child, every value as text (null stays null). */
    public List<Map<String, String>> rows(Section section, UUID child) {
        return jdbc.sql(section.sql()).param("child", child).query((rs, n) -> row(rs)).list();
    }

    /** The calls that covered the child: marked, challenged, a change heard or a move heard on them. */
    public List<UUID> callsOf(UUID child) {
        return jdbc.sql(CALLS_OF_CHILD).param("child", child).query(UUID.class).list();
    }

    /** The letters printed for the child, by file name: the PDFs themselves. */
    public Map<String, byte[]> letterPdfs(UUID child) {
        Map<String, byte[]> pdfs = new LinkedHashMap<>();
        jdbc.sql("SELECT id, pdf FROM introduction_letter WHERE child_id = :child AND pdf IS NOT NULL ORDER BY created_at")
                .param("child", child)
                .query((ResultSet rs) -> {
                    pdfs.put("introduction-letter-" + rs.getString("id") + ".pdf", rs.getBytes("pdf"));
                });
        return pdfs;
    }

    private static Map<String, String> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            row.put(meta.getColumnLabel(i), switch (value) {
                case null -> null;
                case Timestamp t -> t.toInstant().toString();
                case Array a -> java.util.Arrays.toString((Object[]) a.getArray());
                default -> value.toString();
            });
        }
        return row;
    }
}
