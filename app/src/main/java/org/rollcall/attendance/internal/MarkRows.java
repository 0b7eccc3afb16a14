package org.rollcall.attendance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.rollcall.attendance.Mark;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.directory.ChildId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A batch's mark rows (ADR 0054): the current marks of all its sessions read and locked in one statement, and its new
 * marks for sessions that had none inserted together in one statement when the batch is done, instead of two
 * statements for every mark. A session written in the batch is read again from the table if a later mark of the same
 * batch names it, after the inserts waiting so far have been sent, so the batch sees its own marks.
 */
final class MarkRows {

    record Slot(ChildId child, LocalDate date, Session session) {
    }

    /** A new mark's columns, as {@code INSERT} below lists them. */
    record NewMark(UUID id, UUID child, UUID authority, UUID provision, LocalDate date, Session session,
                   String codeSet, String code, String reason, UUID call, Integer offsetSeconds, String recordedBy,
                   Instant recordedAt, Instant heardAt, boolean excluded, String correctionReason, String source,
                   String sourceRef) {
    }

    private static final String LOCK = MarkSql.ALL + """
             JOIN unnest(?::uuid[], ?::date[], ?::text[]) AS s (child_id, on_date, session)
              ON m.child_id = s.child_id AND m.on_date = s.on_date AND m.session = s.session
            WHERE m.superseded_at IS NULL FOR UPDATE OF m""";

    private static final String INSERT = """
            INSERT INTO mark (id, child_id, authority_id, provision_id, on_date, session, code_set_id, code, reason,
                              call_id, offset_seconds, recorded_by, recorded_at, heard_at, excluded,
                              correction_reason, source, source_ref)
            SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::date[], ?::text[], ?::text[],
                                 ?::text[], ?::text[], ?::uuid[], ?::int[], ?::text[], ?::timestamptz[],
                                 ?::timestamptz[], ?::boolean[], ?::text[], ?::text[], ?::text[])""";

    private final JdbcClient jdbc;
    private final Map<Slot, Mark> locked = new HashMap<>();
    private final Set<Slot> known = new HashSet<>();
    private final Map<Slot, NewMark> waiting = new LinkedHashMap<>();

    MarkRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads and locks the current marks of the sessions these marks are for ({@code today} when undated). */
    void lock(Collection<RecordMark> marks, LocalDate today) {
        lock(marks.stream().filter(m -> m.childId() != null && m.session() != null)
                .map(m -> new Slot(m.childId(), m.date() == null ? today : m.date(), m.session())).toList());
    }

    /** Reads and locks the current marks of these sessions in one statement. */
    void lock(Collection<Slot> slots) {
        Set<Slot> wanted = new LinkedHashSet<>(slots);
        wanted.removeAll(known);
        wanted.removeAll(waiting.keySet());
        if (wanted.isEmpty()) {
            return;
        }
        jdbc.sql(LOCK).params(column(wanted, s -> s.child().value().toString()),
                        column(wanted, s -> s.date().toString()), column(wanted, s -> s.session().name()))
                .query(MarkSql::mark).list()
                .forEach(m -> locked.put(new Slot(m.childId(), m.date(), m.session()), m));
        known.addAll(wanted);
    }

    /** The session's current mark, locked: from {@link #lock} if it read it, else read (and locked) now. */
    Optional<Mark> current(Slot slot) {
        if (known.contains(slot)) {
            return Optional.ofNullable(locked.get(slot));
        }
        send();
        lock(List.of(slot));
        return Optional.ofNullable(locked.get(slot));
    }

    /** A new mark for a session that has none: inserted with the batch's others by {@link #send}. */
    void insertLater(NewMark mark) {
        Slot slot = new Slot(new ChildId(mark.child()), mark.date(), mark.session());
        forget(slot);
        waiting.put(slot, mark);
    }

    /** A new mark that must be in the table at once (it replaces one): sent now, with any waiting. */
    void insertNow(NewMark mark) {
        insertLater(mark);
        send();
    }

    /** The session is about to be written now: send what waits first, and read it afresh if asked again. */
    void writing(Slot slot) {
        send();
        forget(slot);
    }

    private void forget(Slot slot) {
        known.remove(slot);
        locked.remove(slot);
    }

    /** Inserts the waiting marks, in one statement. */
    void send() {
        if (waiting.isEmpty()) {
            return;
        }
        List<NewMark> rows = new ArrayList<>(waiting.values());
        waiting.clear();
        jdbc.sql(INSERT).params(column(rows, r -> r.id().toString()), column(rows, r -> r.child().toString()),
                        column(rows, r -> r.authority().toString()), column(rows, r -> r.provision().toString()),
                        column(rows, r -> r.date().toString()), column(rows, r -> r.session().name()),
                        column(rows, NewMark::codeSet), column(rows, NewMark::code), column(rows, NewMark::reason),
                        column(rows, r -> text(r.call())), column(rows, r -> text(r.offsetSeconds())),
                        column(rows, NewMark::recordedBy), column(rows, r -> r.recordedAt().toString()),
                        column(rows, r -> text(r.heardAt())), column(rows, r -> Boolean.toString(r.excluded())),
                        column(rows, NewMark::correctionReason), column(rows, NewMark::source),
                        column(rows, NewMark::sourceRef))
                .update();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    // Text arrays cast in SQL: the driver sends a String[] as text[] with its nulls, whatever the column's type.
    private static <T> String[] column(Collection<T> rows, Function<T, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }
}
