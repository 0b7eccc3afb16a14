package org.rollcall.notify.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Directory;
import org.rollcall.notify.AuthorityMessages;
import org.rollcall.notify.KindWording;
import org.rollcall.notify.MessageId;
import org.rollcall.notify.MessageKind;
import org.rollcall.notify.MessageStatus;
import org.rollcall.notify.NotifyAdmin;
import org.rollcall.notify.OutboxMessage;
import org.rollcall.notify.Signature;
import org.rollcall.notify.Wording;
import org.rollcall.platform.web.BadRequestException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Admins set each authority's wording and signature, and watch and resend the outbox. */
@RestController
@RequestMapping("/api/v1/admin")
class NotifyAdminController {

    record KindView(String code, String label, boolean letter, List<MessageKind.Placeholder> placeholders) {
    }

    record WordingView(String kind, String label, List<String> placeholders, String subject, String body,
                       boolean own, String updatedBy, Instant updatedAt) {

        static WordingView of(KindWording w) {
            return new WordingView(w.kind().code(), w.kind().label(), w.kind().allPlaceholders().stream()
                    .map(p -> "{" + p.name() + "}").toList(), w.wording().subject(), w.wording().body(), w.own(),
                    w.updatedBy(), w.updatedAt());
        }
    }

    /** An outbox message with plain ids and its status in words too. */
    record OutboxEntry(String id, String kind, String kindLabel, String authorityId, String recipient, String subject,
                       MessageStatus status, String statusLabel, int attempts, String lastError, Instant queuedAt,
                       Instant nextAttemptAt, Instant sentAt, String letterName, String messageId) {

        static OutboxEntry of(OutboxMessage m) {
            return new OutboxEntry(m.id().toString(), m.kind(), m.kindLabel(), m.authority().toString(),
                    m.recipient(), m.subject(), m.status(), m.status().label(), m.attempts(), m.lastError(),
                    m.queuedAt(), m.status() == MessageStatus.PENDING ? m.nextAttemptAt() : null, m.sentAt(),
                    m.letterName(), m.messageIdHeader());
        }
    }

    record MessagesView(String laCode, String authority, Signature signature, boolean ownSignature,
                        List<WordingView> wordings) {
    }

    private final NotifyAdmin admin;
    private final Directory directory;

    NotifyAdminController(NotifyAdmin admin, Directory directory) {
        this.admin = admin;
        this.directory = directory;
    }

    @Operation(summary = "Every kind of message, whether it carries a PDF letter, and the placeholders its wording "
            + "may use")
    @GetMapping("/message-kinds")
    List<KindView> kinds() {
        return admin.kinds().stream().map(k -> new KindView(k.code(), k.label(), k.letter(), k.allPlaceholders()))
                .toList();
    }

    @Operation(summary = "An authority's signature and its wording of every kind of message (its own or the "
            + "shipped default)")
    @GetMapping("/authorities/{laCode}/messages")
    MessagesView messages(@PathVariable String laCode) {
        return view(laCode, admin.messages(authority(laCode)));
    }

    @Operation(summary = "Set how the authority signs its messages: name and title of the Virtual School head, and "
            + "optionally the Virtual School's address, which replies go to")
    @PutMapping("/authorities/{laCode}/messages/signature")
    MessagesView signature(@PathVariable String laCode, @RequestBody(required = false) Signature signature,
                           Principal who) {
        return view(laCode, admin.setSignature(authority(laCode), signature, who.getName()));
    }

    @Operation(summary = "Set the authority's own wording of a kind of message (subject, body with {placeholders}); "
            + "an unknown placeholder is refused, naming it")
    @PutMapping("/authorities/{laCode}/messages/{kind}")
    MessagesView wording(@PathVariable String laCode, @PathVariable String kind,
                         @RequestBody(required = false) Wording wording, Principal who) {
        return view(laCode, admin.setWording(authority(laCode), kind, wording, who.getName()));
    }

    @Operation(summary = "Go back to the shipped wording of a kind of message")
    @DeleteMapping("/authorities/{laCode}/messages/{kind}")
    MessagesView reset(@PathVariable String laCode, @PathVariable String kind, Principal who) {
        return view(laCode, admin.resetWording(authority(laCode), kind, who.getName()));
    }

    @Operation(summary = "The latest outbox messages (status, attempts, last SMTP error), newest first")
    @GetMapping("/outbox")
    List<OutboxEntry> outbox(@RequestParam(defaultValue = "100") int limit) {
        return admin.outbox(limit).stream().map(OutboxEntry::of).toList();
    }

    @Operation(summary = "Send a failed message again; its attempts start afresh")
    @PostMapping("/outbox/{id}/resend")
    OutboxEntry resend(@PathVariable String id, Principal who) {
        return OutboxEntry.of(admin.resend(new MessageId(BadRequestException.uuid(id, "a message id")),
                who.getName()));
    }

    private AuthorityId authority(String laCode) {
        return directory.authorities().stream().filter(a -> a.laCode().equals(laCode)).findFirst()
                .map(a -> a.id())
                .orElseThrow(() -> new NoSuchElementException("no authority with LA number '" + laCode + "'"));
    }

    private static MessagesView view(String laCode, AuthorityMessages m) {
        return new MessagesView(laCode, m.authorityName(), m.signature(), m.ownSignature(),
                m.kinds().stream().map(WordingView::of).toList());
    }
}
