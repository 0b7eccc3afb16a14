package org.rollcall.enrolment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rollcall.accounts.AuditLog;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ChildLabel;
import org.rollcall.directory.ChildRecord;
import org.rollcall.directory.Directory;
import org.rollcall.enrolment.IntroductionLetter;
import org.rollcall.enrolment.IntroductionLetters;
import org.rollcall.enrolment.LetterChannel;
import org.rollcall.enrolment.LetterStatus;
import org.rollcall.notify.MessageId;
import org.rollcall.notify.MessageKind;
import org.rollcall.notify.Notifications;
import org.rollcall.notify.OutboxMessage;
import org.rollcall.notify.PrintedLetter;
import org.rollcall.platform.ui.HumanDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The introduction letters kept as data: written by {@link IntroductionLetterWriter}, listed and marked by admins. */
@Service
class JdbcIntroductionLetters implements IntroductionLetters {

    private static final Map<String, String> KIND_LABELS = Map.of(
            EnrolmentKinds.CARER_INTRODUCTION.code(), EnrolmentKinds.CARER_INTRODUCTION.label(),
            EnrolmentKinds.YOUNG_PERSON_INTRODUCTION.code(), EnrolmentKinds.YOUNG_PERSON_INTRODUCTION.label());

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    JdbcIntroductionLetters(JdbcClient jdbc, Directory directory, Notifications notifications, AuditLog audit,
                            Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    boolean exists(ChildId child, String key) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM introduction_letter WHERE child_id = ? AND recipient_key = ?)")
                .params(child.value(), key).query(Boolean.class).single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void emailed(UUID id, ChildRecord child, String key, String recipient, MessageKind kind, String email,
                 MessageId message) {
        jdbc.sql("""
                        INSERT INTO introduction_letter (id, child_id, authority_id, recipient_key, recipient, kind,
                                                         channel, email, message_id, status, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'EMAIL', ?, ?, 'EMAILED', ?)
                        ON CONFLICT (child_id, recipient_key) DO NOTHING""")
                .params(id, child.id().value(), child.authorityId().value(), key, recipient, kind.code(), email,
                        message.value(), Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void toPrint(UUID id, ChildRecord child, String key, String recipient, MessageKind kind, PrintedLetter letter) {
        jdbc.sql("""
                        INSERT INTO introduction_letter (id, child_id, authority_id, recipient_key, recipient, kind,
                                                         channel, pdf, pdf_name, status, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'PRINT', ?, ?, 'TO_PRINT', ?)
                        ON CONFLICT (child_id, recipient_key) DO NOTHING""")
                .params(id, child.id().value(), child.authorityId().value(), key, recipient, kind.code(),
                        letter.pdf(), letter.fileName(), Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<IntroductionLetter> latest(int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1 to 500, not " + limit);
        }
        List<Row> rows = jdbc.sql("SELECT id, child_id, recipient, kind, channel, email, message_id, status, "
                        + "created_at, printed_at, printed_by, posted_at, posted_by FROM introduction_letter "
                        + "ORDER BY created_at DESC, id LIMIT ?")
                .param(limit).query(Row::of).list();
        Map<ChildId, ChildLabel> children = directory.childLabels(rows.stream().map(Row::child).distinct().toList());
        return rows.stream().map(r -> letter(r, children.get(r.child()))).toList();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public PrintedLetter pdf(UUID letter, String admin) {
        record Pdf(String kind, String name, byte[] pdf) {
        }
        Pdf pdf = jdbc.sql("SELECT kind, pdf_name, pdf FROM introduction_letter WHERE id = ?").param(letter)
                .query((rs, n) -> new Pdf(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new IllegalArgumentException("no introduction letter with id " + letter));
        if (pdf.pdf() == null) {
            throw new IllegalArgumentException("that letter was emailed, with its PDF attached: there is nothing to "
                    + "print (the outbox shows the email)");
        }
        audit.record(admin, "INTRODUCTION_LETTER_READ", "introduction_letter", letter.toString(), pdf.name());
        return new PrintedLetter(KIND_LABELS.getOrDefault(pdf.kind(), pdf.kind()), pdf.name(), pdf.pdf());
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public IntroductionLetter mark(UUID letter, LetterStatus status, String admin) {
        Row row = jdbc.sql("SELECT id, child_id, recipient, kind, channel, email, message_id, status, created_at, "
                        + "printed_at, printed_by, posted_at, posted_by FROM introduction_letter WHERE id = ? "
                        + "FOR UPDATE")
                .param(letter).query(Row::of).optional()
                .orElseThrow(() -> new IllegalArgumentException("no introduction letter with id " + letter));
        if (row.channel() != LetterChannel.PRINT) {
            throw new IllegalArgumentException("that letter was emailed: only a letter to print is marked printed "
                    + "or posted");
        }
        if (status != LetterStatus.PRINTED && status != LetterStatus.POSTED) {
            throw new IllegalArgumentException("a letter is marked printed or posted, not " + status.label()
                    .toLowerCase(java.util.Locale.ROOT));
        }
        if (status == LetterStatus.POSTED && row.status() == LetterStatus.TO_PRINT) {
            throw new IllegalArgumentException("mark the letter printed first: it cannot be posted before it is "
                    + "printed");
        }
        if (row.status() == status || row.status() == LetterStatus.POSTED) {
            return letter(row, directory.childLabels(List.of(row.child())).get(row.child()));
        }
        Instant now = clock.instant();
        String column = status == LetterStatus.PRINTED ? "printed" : "posted";
        jdbc.sql("UPDATE introduction_letter SET status = ?, " + column + "_at = ?, " + column + "_by = ? "
                        + "WHERE id = ?")
                .params(status.name(), Timestamp.from(now), admin, letter).update();
        audit.record(admin, "INTRODUCTION_LETTER_" + status.name(), "introduction_letter", letter.toString(),
                row.recipient() + ": " + status.label());
        return latest(letter);
    }

    private IntroductionLetter latest(UUID id) {
        Row row = jdbc.sql("SELECT id, child_id, recipient, kind, channel, email, message_id, status, created_at, "
                        + "printed_at, printed_by, posted_at, posted_by FROM introduction_letter WHERE id = ?")
                .param(id).query(Row::of).single();
        return letter(row, directory.childLabels(List.of(row.child())).get(row.child()));
    }

    private record Row(UUID id, ChildId child, String recipient, String kind, LetterChannel channel, String email,
                       UUID messageId, LetterStatus status, Instant createdAt, Instant printedAt, String printedBy,
                       Instant postedAt, String postedBy) {

        static Row of(ResultSet rs, int n) throws SQLException {
            Timestamp printed = rs.getTimestamp("printed_at");
            Timestamp posted = rs.getTimestamp("posted_at");
            return new Row(rs.getObject("id", UUID.class), new ChildId(rs.getObject("child_id", UUID.class)),
                    rs.getString("recipient"), rs.getString("kind"), LetterChannel.valueOf(rs.getString("channel")),
                    rs.getString("email"), rs.getObject("message_id", UUID.class),
                    LetterStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                    printed == null ? null : printed.toInstant(), rs.getString("printed_by"),
                    posted == null ? null : posted.toInstant(), rs.getString("posted_by"));
        }
    }

    private IntroductionLetter letter(Row r, ChildLabel child) {
        String statusText = r.status().label();
        if (r.messageId() != null) {
            statusText = notifications.find(new MessageId(r.messageId())).map(OutboxMessage::status)
                    .map(s -> "Email: " + s.label().toLowerCase(java.util.Locale.ROOT)).orElse(statusText);
        }
        String changedBy = r.postedAt() != null ? "by " + r.postedBy() + ", " + when(r.postedAt())
                : r.printedAt() != null ? "by " + r.printedBy() + ", " + when(r.printedAt()) : null;
        return new IntroductionLetter(r.id(), r.child(), child == null ? null : child.name(),
                KIND_LABELS.getOrDefault(r.kind(), r.kind()), r.recipient(), r.channel(), r.email(), r.status(),
                statusText, r.createdAt(), changedBy);
    }

    private String when(Instant at) {
        return HumanDates.date(at.atZone(clock.getZone()).toLocalDate()) + " at "
                + HumanDates.time(at, clock.getZone());
    }
}
