package org.rollcall.escalation.web;

import java.io.IOException;
import java.io.InputStream;

import org.rollcall.escalation.EscalationId;
import org.rollcall.escalation.ExclusionLetters;
import org.rollcall.platform.web.BadRequestException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** An exclusion's letter: uploaded as the request body (a PDF), downloaded by the child's authority (audited). */
@RestController
@RequestMapping("/api/v1/escalations/{id}/letter")
class LetterController {

    private final ExclusionLetters letters;

    LetterController(ExclusionLetters letters) {
        this.letters = letters;
    }

    @Operation(summary = "Upload the exclusion letter: the PDF as the body (at most 10 MB); operators and admins")
    @PostMapping
    ExclusionLetters.Receipt upload(@PathVariable String id, InputStream body) throws IOException {
        // One byte more than allowed is enough to say it is too big, without reading a huge body into memory.
        byte[] pdf = body.readNBytes((int) ExclusionLetters.MAX_BYTES + 1);
        return letters.upload(escalation(id), pdf);
    }

    @Operation(summary = "Download the exclusion letter; the child's authority, supervisors and admins (audited)")
    @GetMapping
    ResponseEntity<byte[]> download(@PathVariable String id) {
        ExclusionLetters.Letter letter = letters.download(escalation(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(letter.fileName())
                        .build().toString())
                .header("X-Checksum-SHA256", letter.sha256()).body(letter.pdf());
    }

    private static EscalationId escalation(String id) {
        return new EscalationId(BadRequestException.uuid(id, "an escalation id"));
    }
}
