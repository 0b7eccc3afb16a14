package org.rollcall.enrolment.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.rollcall.enrolment.IntroductionLetter;
import org.rollcall.enrolment.IntroductionLetters;
import org.rollcall.enrolment.LetterStatus;
import org.rollcall.notify.PrintedLetter;
import org.rollcall.platform.web.BadRequestException;
import org.rollcall.platform.web.NotFoundException;
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

/** Admins list the introduction letters, download the ones to print, and mark them printed and posted. */
@RestController
@RequestMapping("/api/v1/admin/introduction-letters")
class IntroductionLettersController {

    record LetterItem(String id, String childId, String child, String letter, String recipient, String channel,
                      String email, String status, String statusText, Instant createdAt, String changedBy,
                      String pdf) {

        static LetterItem of(IntroductionLetter l) {
            return new LetterItem(l.id().toString(), l.child().toString(), l.childName(), l.letter(), l.recipient(),
                    l.channel().name(), l.email(), l.status().name(), l.statusText(), l.createdAt(), l.changedBy(),
                    l.email() == null ? "/api/v1/admin/introduction-letters/" + l.id() + "/pdf" : null);
        }
    }

    private final IntroductionLetters letters;

    IntroductionLettersController(IntroductionLetters letters) {
        this.letters = letters;
    }

    @Operation(summary = "The latest introduction letters to carers and young people (at most 500), how each goes "
            + "(email or to print) and where it is")
    @GetMapping
    List<LetterItem> list() {
        return letters.latest(500).stream().map(LetterItem::of).toList();
    }

    @Operation(summary = "A letter to print, as a PDF (audited)")
    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, Principal admin) {
        PrintedLetter pdf = found(() -> letters.pdf(BadRequestException.uuid(id, "a letter id"), admin.getName()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName())
                        .build().toString())
                .body(pdf.pdf());
    }

    @Operation(summary = "Mark a letter to print as printed, or a printed one as posted (audited)")
    @PostMapping("/{id}/{status}")
    LetterItem mark(@PathVariable String id, @PathVariable String status, Principal admin) {
        UUID letter = BadRequestException.uuid(id, "a letter id");
        LetterStatus to = switch (status.toLowerCase(Locale.ROOT)) {
            case "printed" -> LetterStatus.PRINTED;
            case "posted" -> LetterStatus.POSTED;
            default -> throw new NotFoundException("no action '" + status + "': use /printed or /posted");
        };
        return LetterItem.of(found(() -> letters.mark(letter, to, admin.getName())));
    }

    /** An unknown letter is a 404; anything else refused a 400 saying why. */
    private static <T> T found(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("no introduction letter")) {
                throw new NotFoundException(e.getMessage());
            }
            throw new BadRequestException(e.getMessage());
        }
    }
}
