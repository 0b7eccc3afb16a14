package org.rollcall.notify.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rollcall.accounts.AuditLog;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Directory;
import org.rollcall.notify.AuthorityMessages;
import org.rollcall.platform.EmailAddress;
import org.rollcall.notify.KindWording;
import org.rollcall.notify.MessageId;
import org.rollcall.notify.MessageKind;
import org.rollcall.notify.MessageRefusedException;
import org.rollcall.notify.NotifyAdmin;
import org.rollcall.notify.OutboxMessage;
import org.rollcall.notify.Signature;
import org.rollcall.notify.Wording;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators' side of email: the outbox, resending, and each authority's words. Every change is audited. */
@Service
@PreAuthorize("hasRole('ADMIN')")
class NotifyAdminService implements NotifyAdmin {

    static final String SUBJECT_MESSAGE = "OUTBOX_MESSAGE";
    static final String SUBJECT_AUTHORITY = "AUTHORITY";

    private final JdbcOutbox outbox;
    private final JdbcWordings wordings;
    private final MessageKinds kinds;
    private final Directory directory;
    private final AuditLog audit;
    private final OutboxWorker worker;
    private final Clock clock;

    NotifyAdminService(JdbcOutbox outbox, JdbcWordings wordings, MessageKinds kinds, Directory directory,
                       AuditLog audit, OutboxWorker worker, Clock clock) {
        this.outbox = outbox;
        this.wordings = wordings;
        this.kinds = kinds;
        this.directory = directory;
        this.audit = audit;
        this.worker = worker;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutboxMessage> outbox(int limit) {
        return outbox.latest(Math.max(1, Math.min(limit, 1000)));
    }

    // Bodies name children: reading one is audited, as opening a child's record is.
    @Override
    @Transactional
    public MessageBody read(MessageId id, String admin) {
        JdbcOutbox.Stored stored = outbox.stored(id).orElseThrow(() -> notFound(id));
        audit.record(admin, "READ_MESSAGE", SUBJECT_MESSAGE, id.toString(), stored.kind());
        return new MessageBody(outbox.find(id).orElseThrow(), stored.text(), stored.html());
    }

    @Override
    @Transactional
    public OutboxMessage resend(MessageId id, String admin) {
        OutboxMessage message = outbox.find(id).orElseThrow(() -> notFound(id));
        try {
            org.rollcall.platform.EmailAddress.parse(message.recipient());
        } catch (IllegalArgumentException bad) {
            throw new MessageRefusedException("message " + id + " cannot be resent: its recipient " + bad.getMessage()
                    + ". Correct the contact (Contacts to update); messages after that go to the new address");
        }
        if (!outbox.resend(id, clock.instant(), admin)) {
            throw new MessageRefusedException("message " + id + " is " + message.status().label().toLowerCase()
                    + ": only a failed message can be resent");
        }
        audit.record(admin, "RESEND_MESSAGE", SUBJECT_MESSAGE, id.toString(), message.recipient());
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        worker.nudge();
                    }
                });
        return outbox.find(id).orElseThrow();
    }

    @Override
    public List<MessageKind> kinds() {
        return kinds.all();
    }

    @Override
    @Transactional(readOnly = true)
    public AuthorityMessages messages(AuthorityId authority) {
        String name = directory.authority(authority).name();
        Map<String, JdbcWordings.Own> own = wordings.wordings(authority);
        List<KindWording> all = new ArrayList<>();
        for (MessageKind kind : kinds.all()) {
            all.add(JdbcWordings.kindWording(kinds.find(kind.code()).orElseThrow(), own.get(kind.code())));
        }
        var signature = wordings.signature(authority);
        return new AuthorityMessages(authority, name, signature.orElse(Signature.unsigned()), signature.isPresent(),
                all);
    }

    @Override
    @Transactional
    public AuthorityMessages setSignature(AuthorityId authority, Signature signature, String admin) {
        directory.authority(authority);
        List<String> problems = new ArrayList<>();
        String name = signature == null ? null : signature.name();
        String title = signature == null ? null : signature.title();
        String email = signature == null || signature.virtualSchoolEmail() == null
                || signature.virtualSchoolEmail().isBlank() ? null : signature.virtualSchoolEmail().strip();
        if (name == null || name.isBlank() || name.length() > 120) {
            problems.add("name is required (1 to 120 characters): the Virtual School head's name, such as "
                    + "\"Dr Ada Lovelace\"");
        }
        if (title == null || title.isBlank() || title.length() > 120) {
            problems.add("title is required (1 to 120 characters), such as \"Virtual School Head\"");
        }
        if (email != null) {
            try {
                EmailAddress.parse(email);
            } catch (IllegalArgumentException e) {
                problems.add("virtualSchoolEmail " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new MessageRefusedException("the signature was refused and nothing was stored", problems);
        }
        wordings.saveSignature(authority, new Signature(name.strip(), title.strip(), email), admin, clock.instant());
        audit.record(admin, "SET_SIGNATURE", SUBJECT_AUTHORITY, authority.toString(), name.strip());
        return messages(authority);
    }

    @Override
    @Transactional
    public AuthorityMessages setWording(AuthorityId authority, String kind, Wording wording, String admin) {
        directory.authority(authority);
        MessageKind known = known(kind);
        List<String> problems = WordingTemplate.problems(known, wording);
        if (!problems.isEmpty()) {
            throw new MessageRefusedException("the wording of " + known.label() + " was refused and nothing was "
                    + "stored", problems);
        }
        wordings.saveWording(authority, kind, new Wording(wording.subject().strip(), wording.body().strip()), admin,
                clock.instant());
        audit.record(admin, "SET_WORDING", SUBJECT_AUTHORITY, authority.toString(), kind);
        return messages(authority);
    }

    @Override
    @Transactional
    public AuthorityMessages resetWording(AuthorityId authority, String kind, String admin) {
        directory.authority(authority);
        known(kind);
        if (wordings.deleteWording(authority, kind)) {
            audit.record(admin, "RESET_WORDING", SUBJECT_AUTHORITY, authority.toString(), kind);
        }
        return messages(authority);
    }

    private MessageKind known(String kind) {
        return kinds.find(kind).map(MessageKinds.Shipped::kind).orElseThrow(() -> new MessageRefusedException(
                "there is no kind of message '" + kind + "': the kinds are " + String.join(", ",
                        kinds.all().stream().map(MessageKind::code).toList())));
    }

    private static java.util.NoSuchElementException notFound(MessageId id) {
        return new java.util.NoSuchElementException("there is no outbox message " + id);
    }
}
