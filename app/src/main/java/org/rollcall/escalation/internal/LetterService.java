package org.rollcall.escalation.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Caller;
import org.rollcall.escalation.Escalation;
import org.rollcall.escalation.EscalationId;
import org.rollcall.escalation.EscalationRefusedException;
import org.rollcall.escalation.EscalationState;
import org.rollcall.escalation.ExclusionLetters;
import org.rollcall.escalation.Step;
import org.rollcall.escalation.Trigger;
import org.rollcall.recordings.DocumentKey;
import org.rollcall.recordings.DocumentStore;
import org.rollcall.recordings.StoredDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The letter goes to the object store first, then one transaction records where it is and moves the exclusion on;
 * should that transaction fail, the object stays unreferenced (its key names no one) rather than a row pointing at
 * nothing.
 */
@Service
class LetterService implements ExclusionLetters {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    static final String KIND = "exclusion-letters";

    private final DocumentStore documents;
    private final EscalationRows rows;
    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    LetterService(DocumentStore documents, EscalationRows rows, JdbcClient jdbc, Accounts accounts, AuditLog audit,
                  TransactionTemplate tx, Clock clock) {
        this.documents = documents;
        this.rows = rows;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    public Receipt upload(EscalationId exclusion, byte[] pdf) {
        checkPdf(pdf);
        waitingForLetter(rows.find(exclusion).orElseThrow(() -> new NoSuchElementException("no escalation with id "
                + exclusion)));
        String who = accounts.caller().name();
        Instant now = clock.instant();
        DocumentKey key = new DocumentKey(KIND, UUID.randomUUID(), LocalDate.now(clock));
        StoredDocument stored = documents.store(key, pdf, "application/pdf");
        return tx.execute(s -> {
            Escalation e = waitingForLetter(rows.lock(exclusion));
            jdbc.sql("""
                            INSERT INTO exclusion_letter (escalation_id, object_key, bytes, sha256, received_at,
                                                          uploaded_by)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(e.id().value(), key.value(), stored.bytes(), stored.sha256(), Timestamp.from(now), who)
                    .update();
            rows.state(e.id(), EscalationState.LETTER_RECEIVED);
            rows.note(e.id(), who, Step.LETTER_RECEIVED, "The exclusion letter was received and kept ("
                    + kilobytes(stored.bytes()) + ", SHA-256 " + stored.sha256() + ").");
            audit.record(who, "UPLOAD_EXCLUSION_LETTER", "escalation", e.id().toString(), key.value());
            return new Receipt(e.id(), stored.bytes(), stored.sha256(), now, who);
        });
    }

    @Override
    @Transactional(noRollbackFor = AccessDeniedException.class)
    @PreAuthorize("hasAnyRole('AUTHORITY', 'SUPERVISOR', 'ADMIN')")
    public Letter download(EscalationId exclusion) {
        Caller caller = accounts.caller();
        Escalation e = rows.find(exclusion).orElseThrow(() -> new NoSuchElementException("no escalation with id "
                + exclusion));
        if (!caller.mayAccess(e.authorityId())) {
            audit.record(caller.name(), "DOWNLOAD_EXCLUSION_LETTER_REFUSED", "escalation", exclusion.toString(),
                    "letter of another authority's child");
        }
        caller.requireAccessTo(e.authorityId());
        var letter = jdbc.sql("SELECT object_key, sha256 FROM exclusion_letter WHERE escalation_id = ?")
                .param(exclusion.value()).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional().orElseThrow(() -> new NoSuchElementException("no exclusion letter has been received "
                        + "for escalation " + exclusion));
        byte[] pdf = documents.read(DocumentKey.parse(letter[0]));
        audit.record(caller.name(), "DOWNLOAD_EXCLUSION_LETTER", "escalation", exclusion.toString(), letter[0]);
        return new Letter("exclusion-letter-" + e.date() + ".pdf", pdf, letter[1]);
    }

    private static Escalation waitingForLetter(Escalation e) {
        if (e.trigger() != Trigger.EXCLUSION) {
            throw new EscalationRefusedException("this escalation is an " + e.trigger().label().toLowerCase(Locale.UK)
                    + ", not an exclusion: only an exclusion has a letter");
        }
        if (e.state() != EscalationState.LETTER_REQUESTED) {
            throw new EscalationRefusedException("this exclusion's letter is not waited for: "
                    + e.state().label().toLowerCase(Locale.UK));
        }
        return e;
    }

    static void checkPdf(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new EscalationRefusedException("the file is empty: upload the exclusion letter as a PDF");
        }
        if (pdf.length > MAX_BYTES) {
            throw new EscalationRefusedException("the file is " + megabytes(pdf.length) + ": the largest letter "
                    + "accepted is 10 MB; scan it at a lower resolution");
        }
        if (pdf.length < PDF_MAGIC.length || !Arrays.equals(pdf, 0, PDF_MAGIC.length, PDF_MAGIC, 0,
                PDF_MAGIC.length)) {
            throw new EscalationRefusedException("the file is not a PDF (it does not start with %PDF-): save or "
                    + "scan the letter as a PDF and upload that");
        }
    }

    private static String kilobytes(long bytes) {
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
