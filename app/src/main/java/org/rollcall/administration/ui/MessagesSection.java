package org.rollcall.administration.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.rollcall.administration.internal.AuthorityMessageEditing;
import org.rollcall.directory.AuthorityId;
import org.rollcall.notify.AuthorityMessages;
import org.rollcall.notify.KindWording;
import org.rollcall.notify.MessageKind;
import org.rollcall.notify.Signature;
import org.rollcall.notify.Wording;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The authority's emails: how they are signed, and its own subject and body for each kind of message, with the
 * placeholders that kind may use. Refusals (an unknown placeholder, an empty subject) are shown in words under the
 * form; nothing of a refused form is stored.
 */
class MessagesSection extends VerticalLayout {

    final TextField signatureName = new TextField("Signed by");
    final TextField signatureTitle = new TextField("Their title");
    final TextField signatureEmail = new TextField("Virtual School email (replies go to it)");
    final Section signature;
    final Map<String, WordingForm> wordings = new LinkedHashMap<>();

    private final AuthorityMessageEditing editing;
    private final AuthorityId id;

    MessagesSection(AuthorityMessageEditing editing, AuthorityId id) {
        this.editing = editing;
        this.id = id;
        setPadding(false);
        AuthorityMessages messages = editing.messages(id);
        Signature unsigned = Signature.unsigned();
        signatureName.setHelperText("Such as Dr Ada Lovelace; until set, \"" + unsigned.name() + "\"");
        signatureTitle.setHelperText("Such as Virtual School Head; until set, \"" + unsigned.title() + "\"");
        showSignature(messages);
        signature = new Section("Messages: signature", "Save signature", () -> {
            editing.saveSignature(id, new Signature(signatureName.getValue(), signatureTitle.getValue(),
                    Fields.blankToNull(signatureEmail.getValue())));
            showSignature(editing.messages(id));
        }).with(signatureName, signatureTitle, signatureEmail);
        signature.status.setId("signature-status");
        add(signature, new H3("Messages: wording"), new Paragraph("Each kind of email in the authority's own words, "
                + "or Rollcall's shipped wording. Write placeholders in braces, such as {child}; each kind lists the "
                + "ones it may use."));
        for (KindWording kind : messages.kinds().stream()
                .sorted(Comparator.comparing(k -> k.kind().label())).toList()) {
            WordingForm form = new WordingForm(kind);
            wordings.put(kind.kind().code(), form);
            add(form.details);
        }
    }

    private void showSignature(AuthorityMessages messages) {
        Signature s = messages.signature();
        signatureName.setValue(messages.ownSignature() ? s.name() : "");
        signatureTitle.setValue(messages.ownSignature() ? s.title() : "");
        signatureEmail.setValue(messages.ownSignature() && s.virtualSchoolEmail() != null ? s.virtualSchoolEmail()
                : "");
    }

    /** One kind's subject and body, saved or put back to the shipped wording. */
    final class WordingForm extends Section {

        final TextField subject = new TextField("Subject");
        final TextArea body = new TextArea("Body");
        final Button reset = new Button("Back to the shipped wording");
        final Details details;
        private final MessageKind kind;

        WordingForm(KindWording wording) {
            super(wording.kind().label(), "Save wording", null);
            kind = wording.kind();
            body.setHelperText("Paragraphs separated by a blank line");
            body.setMinRows(4);
            // The heading is the Details' summary; the form keeps its fields, buttons and status.
            getChildren().filter(H3.class::isInstance).findFirst().ifPresent(this::remove);
            with(subject, body);
            fields.setColspan(subject, 2);
            fields.setColspan(body, 2);
            // What the kind may say first, then the fields, then Save and Back side by side, then the status.
            addComponentAtIndex(0, new Paragraph("May use: " + kind.allPlaceholders().stream()
                    .map(p -> "{" + p.name() + "} " + p.meaning()).collect(Collectors.joining("; ")) + "."));
            remove(save);
            addComponentAtIndex(indexOf(status), new HorizontalLayout(save, reset));
            save.addClickListener(e -> run(() -> show(editing.saveWording(id, kind.code(),
                    new Wording(subject.getValue(), body.getValue())))));
            reset.addClickListener(e -> {
                run(() -> show(editing.resetWording(id, kind.code())));
                if (status.getText().equals("Saved.")) {
                    status.setText("Back to Rollcall's shipped wording.");
                }
            });
            details = new Details(summary(wording), this);
            details.setId("wording-" + kind.code());
            status.setId("wording-status-" + kind.code());
            fill(wording);
        }

        private void show(AuthorityMessages messages) {
            messages.kinds().stream().filter(k -> k.kind().code().equals(kind.code())).findFirst()
                    .ifPresent(this::fill);
        }

        private void fill(KindWording wording) {
            subject.setValue(wording.wording().subject());
            body.setValue(wording.wording().body());
            reset.setEnabled(wording.own());
            details.setSummaryText(summary(wording));
        }

        private static String summary(KindWording wording) {
            return wording.kind().label() + (wording.own() ? " (the authority's own wording)"
                    : " (Rollcall's shipped wording)");
        }
    }
}
