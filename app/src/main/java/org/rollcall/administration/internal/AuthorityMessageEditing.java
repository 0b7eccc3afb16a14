package org.rollcall.administration.internal;

import java.util.List;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.directory.AuthorityId;
import org.rollcall.notify.AuthorityMessages;
import org.rollcall.notify.MessageKind;
import org.rollcall.notify.NotifyAdmin;
import org.rollcall.notify.Signature;
import org.rollcall.notify.Wording;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authority screen's Messages section: its signature and its wording of each kind of message, through notify's
 * public API (which checks placeholders and records its own entry), audited here with before and after as every
 * admin screen's change is ({@code admin-authority-signature}, {@code admin-authority-wording}).
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class AuthorityMessageEditing {

    private final NotifyAdmin notify;
    private final Audited audited;

    AuthorityMessageEditing(NotifyAdmin notify, AuditLog audit, Accounts accounts) {
        this.notify = notify;
        this.audited = new Audited(audit, accounts);
    }

    @Transactional(readOnly = true)
    public AuthorityMessages messages(AuthorityId id) {
        return notify.messages(id);
    }

    public List<MessageKind> kinds() {
        return notify.kinds();
    }

    /** @throws org.rollcall.notify.MessageRefusedException naming each problem; nothing is stored */
    public AuthorityMessages saveSignature(AuthorityId id, Signature signature) {
        audited.change("admin-authority-signature", "authority", id.toString(), () -> describe(notify.messages(id)
                .signature()), () -> notify.setSignature(id, signature, audited.actor()));
        return notify.messages(id);
    }

    /** @throws org.rollcall.notify.MessageRefusedException naming each unknown placeholder; nothing is stored */
    public AuthorityMessages saveWording(AuthorityId id, String kind, Wording wording) {
        audited.change("admin-authority-wording", "authority", id.toString(), () -> describe(id, kind),
                () -> notify.setWording(id, kind, wording, audited.actor()));
        return notify.messages(id);
    }

    /** Back to the shipped wording of {@code kind}. */
    public AuthorityMessages resetWording(AuthorityId id, String kind) {
        audited.change("admin-authority-wording", "authority", id.toString(), () -> describe(id, kind),
                () -> notify.resetWording(id, kind, audited.actor()));
        return notify.messages(id);
    }

    private static String describe(Signature s) {
        return s.name() + ", " + s.title() + (s.virtualSchoolEmail() == null ? "" : ", " + s.virtualSchoolEmail());
    }

    // The subject in full, the body by length: bodies may be long.
    private String describe(AuthorityId id, String kind) {
        return notify.messages(id).kinds().stream().filter(k -> k.kind().code().equals(kind)).findFirst()
                .map(k -> kind + (k.own() ? " own" : " shipped") + ": subject '" + k.wording().subject() + "', body "
                        + k.wording().body().length() + " characters")
                .orElse(kind + ": no such kind");
    }
}
