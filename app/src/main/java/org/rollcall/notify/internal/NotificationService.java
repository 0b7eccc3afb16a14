package org.rollcall.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.Directory;
import org.rollcall.platform.EmailAddress;
import org.rollcall.notify.MessageId;
import org.rollcall.notify.MessageKind;
import org.rollcall.notify.MessageRefusedException;
import org.rollcall.notify.NewMessage;
import org.rollcall.notify.Notifications;
import org.rollcall.notify.OutboxMessage;
import org.rollcall.notify.PrintedLetter;
import org.rollcall.notify.Signature;
import org.rollcall.notify.Wording;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checks, renders and writes a message to the outbox in the caller's transaction, then wakes the worker once that
 * transaction has committed.
 */
@Service
class NotificationService implements Notifications {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final MessageKinds kinds;
    private final MessageRenderer renderer;
    private final JdbcOutbox outbox;
    private final JdbcWordings wordings;
    private final Directory directory;
    private final MailComposer composer;
    private final OutboxWorker worker;
    private final LetterPdf letters;
    private final Clock clock;

    NotificationService(MessageKinds kinds, MessageRenderer renderer, JdbcOutbox outbox, JdbcWordings wordings,
                        Directory directory, MailComposer composer, OutboxWorker worker, LetterPdf letters,
                        Clock clock) {
        this.letters = letters;
        this.kinds = kinds;
        this.renderer = renderer;
        this.outbox = outbox;
        this.wordings = wordings;
        this.directory = directory;
        this.composer = composer;
        this.worker = worker;
        this.clock = clock;
    }

    // MANDATORY: a message is part of the decision that causes it; without the caller's transaction it could be
    // written although that decision rolls back.
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public MessageId queue(NewMessage message) {
        return write(message, null);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public MessageId recordUndeliverable(NewMessage message, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why the message cannot be sent");
        }
        return write(message, reason);
    }

    /** Checks, renders and writes; with {@code undeliverable} set, as failed for that reason, never tried. */
    private MessageId write(NewMessage message, String undeliverable) {
        MessageKind kind = message.kind();
        MessageKinds.Shipped shipped = kinds.find(kind.code()).filter(s -> s.kind().equals(kind))
                .orElseThrow(() -> new MessageRefusedException("message kind " + kind.code() + " is not declared: "
                        + "declare it as a MessageKind bean and ship its templates"));
        List<String> problems = new ArrayList<>();
        String to = null;
        try {
            to = EmailAddress.parse(message.to()).value();
        } catch (IllegalArgumentException e) {
            if (undeliverable == null || message.to() == null || message.to().isBlank()) {
                problems.add("recipient " + e.getMessage());
            } else {
                to = message.to().strip(); // kept as found, so admins see what was wrong
            }
        }
        problems.addAll(valueProblems(kind, message.values()));
        AuthoritySummary authority = null;
        try {
            authority = directory.authority(message.authority());
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new MessageRefusedException("the message was refused and nothing was queued", problems);
        }
        Instant now = clock.instant();
        Map<String, String> values = withCommon(message.values(), authority, now);
        Wording filled = fill(shipped, authority, values);
        String subject = filled.subject();
        String body = filled.body();
        Signature signature = wordings.signature(authority.id()).orElse(Signature.unsigned());
        if (subject.isEmpty() || body.isEmpty()) {
            throw new MessageRefusedException("the message was refused and nothing was queued: its "
                    + (subject.isEmpty() ? "subject" : "body") + " is empty once the values are filled in");
        }
        MessageRenderer.Rendered rendered = renderer.render(kind, subject, body, signature, authority.name(), values);
        MessageId id = MessageId.random();
        String letterName = kind.letter() ? kind.code() + "-" + LocalDate.ofInstant(now, clock.getZone()) + ".pdf"
                : null;
        var stored = new JdbcOutbox.Stored(id, kind.code(), authority.id(), to, signature.virtualSchoolEmail(),
                rendered.subject(), rendered.text(), rendered.html(), rendered.letterHtml(), letterName,
                composer.messageIdHeader(id), now, 0, message.attachment());
        if (undeliverable != null) {
            return outbox.insertFailed(stored, message.dedupKey(), undeliverable);
        }
        MessageId queued = outbox.insert(stored, message.dedupKey());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                worker.nudge();
            }
        });
        return queued;
    }

    @Override
    @Transactional(readOnly = true)
    public PrintedLetter letter(NewMessage message) {
        MessageKind kind = message.kind();
        MessageKinds.Shipped shipped = kinds.find(kind.code()).filter(s -> s.kind().equals(kind))
                .orElseThrow(() -> new MessageRefusedException("message kind " + kind.code() + " is not declared"));
        if (!kind.letter()) {
            throw new MessageRefusedException(kind.label() + " has no letter to print");
        }
        List<String> problems = valueProblems(kind, message.values());
        if (!problems.isEmpty()) {
            throw new MessageRefusedException("the letter could not be made", problems);
        }
        AuthoritySummary authority = directory.authority(message.authority());
        Instant now = clock.instant();
        Map<String, String> values = withCommon(message.values(), authority, now);
        Wording filled = fill(shipped, authority, values);
        Signature signature = wordings.signature(authority.id()).orElse(Signature.unsigned());
        MessageRenderer.Rendered rendered = renderer.render(kind, filled.subject(), filled.body(), signature,
                authority.name(), values);
        return new PrintedLetter(filled.subject(), kind.code() + "-" + LocalDate.ofInstant(now, clock.getZone())
                + ".pdf", letters.render(rendered.letterHtml(), now, clock.getZone()));
    }

    @Override
    @Transactional(readOnly = true)
    public Wording words(MessageKind kind, org.rollcall.directory.AuthorityId authority, Map<String, String> given) {
        MessageKinds.Shipped shipped = kinds.find(kind.code()).filter(s -> s.kind().equals(kind))
                .orElseThrow(() -> new MessageRefusedException("message kind " + kind.code() + " is not declared"));
        List<String> problems = valueProblems(kind, given);
        if (!problems.isEmpty()) {
            throw new MessageRefusedException("the message's words could not be filled in", problems);
        }
        AuthoritySummary summary = directory.authority(authority);
        return fill(shipped, summary, withCommon(given, summary, clock.instant()));
    }

    private Map<String, String> withCommon(Map<String, String> given, AuthoritySummary authority, Instant now) {
        Map<String, String> values = new HashMap<>(given);
        values.put("authority", authority.name());
        values.put("date", DATE.format(LocalDate.ofInstant(now, clock.getZone())));
        return values;
    }

    /** The authority's wording (or the shipped one) with the values filled in. */
    private Wording fill(MessageKinds.Shipped shipped, AuthoritySummary authority, Map<String, String> values) {
        Wording wording = wordings.wording(authority.id(), shipped.kind().code()).map(JdbcWordings.Own::wording)
                .orElse(shipped.wording());
        // One line: a value with a line break must not split the subject (or inject a header).
        return new Wording(WordingTemplate.fill(wording.subject(), values).replaceAll("\\s*\\R\\s*", " ").strip(),
                WordingTemplate.fill(wording.body(), values).strip());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OutboxMessage> find(MessageId id) {
        return outbox.find(id);
    }

    /** Exactly the kind's own placeholders, each with a value: least data, and nothing silently blank. */
    static List<String> valueProblems(MessageKind kind, Map<String, String> given) {
        List<String> problems = new ArrayList<>();
        Set<String> declared = new TreeSet<>();
        kind.placeholders().forEach(p -> declared.add(p.name()));
        for (String name : declared) {
            String value = given.get(name);
            if (value == null || value.isBlank()) {
                problems.add("no value for {" + name + "} (" + meaning(kind, name) + ")");
            }
        }
        for (String name : new TreeSet<>(given.keySet())) {
            if (!declared.contains(name)) {
                problems.add("{" + name + "} is not a placeholder of " + kind.label() + " (it takes "
                        + (declared.isEmpty() ? "none" : "{" + String.join("}, {", declared) + "}")
                        + "): it would not be shown, so it is not accepted");
            }
        }
        return problems;
    }

    private static String meaning(MessageKind kind, String name) {
        return kind.placeholders().stream().filter(p -> p.name().equals(name)).findFirst()
                .map(MessageKind.Placeholder::meaning).orElse(name);
    }
}
