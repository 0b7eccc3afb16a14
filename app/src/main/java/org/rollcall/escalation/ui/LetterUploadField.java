package org.rollcall.escalation.ui;

import java.time.ZoneId;
import java.util.Locale;

import org.rollcall.escalation.EscalationId;
import org.rollcall.escalation.EscalationRefusedException;
import org.rollcall.escalation.ExclusionLetters;
import org.rollcall.platform.ui.HumanDates;
import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Uploads one exclusion's letter through {@link ExclusionLetters}, with the same checks as the REST upload (empty,
 * not a PDF, over 10 MB: refused saying why, nothing kept) and the receipt shown at once. Shared with the operator's
 * workspace (the school's call card), hence a named interface of its own.
 */
@NamedInterface("letter-upload")
public class LetterUploadField extends VerticalLayout {

    final Upload upload = new Upload();
    final Span status = new Span();

    public LetterUploadField(String whose, EscalationId exclusion, ExclusionLetters letters, ZoneId zone,
                      Runnable received) {
        setPadding(false);
        setSpacing(false);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, pdf) -> {
            try {
                ExclusionLetters.Receipt receipt = letters.upload(exclusion, pdf);
                status.setText(receiptText(receipt, zone));
                upload.setVisible(false);
                received.run();
            } catch (EscalationRefusedException e) {
                status.setText("Not kept: " + e.getMessage() + ".");
                upload.clearFileList();
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ExclusionLetters.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setI18n(words());
        upload.getElement().setAttribute("aria-label", "Upload the exclusion letter for " + whose + " (PDF)");
        upload.addFileRejectedListener(e -> status.setText("Not kept: " + e.getErrorMessage()));
        upload.addClassName("letter-upload");
        status.addClassName("letter-upload-status");
        status.getElement().setAttribute("role", "status"); // read out when the receipt or refusal appears
        add(new Span("Exclusion letter for " + whose + ":"), upload, status);
    }

    static String receiptText(ExclusionLetters.Receipt r, ZoneId zone) {
        return "Exclusion letter received " + HumanDates.day(r.receivedAt().atZone(zone).toLocalDate()) + " at "
                + HumanDates.time(r.receivedAt(), zone) + " from " + r.uploadedBy() + ": "
                + Math.max(1, Math.round(r.bytes() / 1024.0)) + " KB, SHA-256 " + r.sha256().toLowerCase(Locale.ROOT)
                + ". It is kept; the school is no longer asked for it.";
    }

    private static UploadI18N words() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Upload the letter (PDF)…"));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("or drop the PDF here"));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig("the file is over 10 MB: the largest letter accepted is 10 MB; scan it at a lower "
                        + "resolution.")
                .setIncorrectFileType("the file is not a PDF: save or scan the letter as a PDF and upload that.")
                .setTooManyFiles("one letter at a time."));
        return i18n;
    }
}
