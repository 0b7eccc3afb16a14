package org.rollcall.recording.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rollcall.platform.web.BadRequestException;
import org.rollcall.recording.RecordingNotPlayableException;
import org.rollcall.recording.RecordingPlayback;
import org.rollcall.recordings.ByteRange;
import org.rollcall.recordings.RangeNotSatisfiableException;
import org.rollcall.recordings.RecordingContent;
import org.rollcall.recordings.RecordingStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Streams a recording with byte ranges, so the browser's audio element can seek. The same endpoint serves the
 * UI (session) at /recordings/{callId}.wav and staff tools (HTTP Basic) at /api/v1/recordings/{callId}. Answers
 * 404 when there is nothing to play, 409 while it is still being stored, 503 when the object store is down.
 */
@RestController
class PlaybackController {

    private static final Logger log = LoggerFactory.getLogger(PlaybackController.class);
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final RecordingPlayback playback;

    PlaybackController(RecordingPlayback playback) {
        this.playback = playback;
    }

    @GetMapping({"/recordings/{callId}.wav", "/api/v1/recordings/{callId}"})
    void play(@PathVariable String callId, @RequestHeader(value = HttpHeaders.RANGE, required = false) String range,
              HttpServletResponse response) throws IOException {
        UUID id = BadRequestException.uuid(callId, "a call id");
        ByteRange requested = range(range);
        try (RecordingContent content = playback.open(id, requested)) {
            response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
            response.setContentType(content.contentType());
            response.setContentLengthLong(content.length());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            if (requested != null) {
                response.setStatus(HttpStatus.PARTIAL_CONTENT.value());
                response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + content.first() + "-" + content.last() + "/"
                        + content.totalBytes());
            }
            content.stream().transferTo(response.getOutputStream());
        }
    }

    static ByteRange range(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Matcher m = RANGE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty()) || m.group(1).isEmpty()) {
            // Suffix ranges (bytes=-N) and multiple ranges are not needed by audio players; serve the whole file.
            return null;
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2).isEmpty() ? -1 : Long.parseLong(m.group(2));
        return last != -1 && last < first ? null : new ByteRange(first, last);
    }

    /** 409 while the recording is on its way to the store (try again), 404 when there is nothing to play. */
    @ExceptionHandler(RecordingNotPlayableException.class)
    ProblemDetail notPlayable(RecordingNotPlayableException e, HttpServletResponse response) {
        if (e.retryLater()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "60");
            return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** The object store is down or refusing us: nothing the listener did wrong, so 503 and a hint to retry. */
    @ExceptionHandler(RecordingStoreException.class)
    ProblemDetail storeUnavailable(RecordingStoreException e, HttpServletResponse response) {
        log.warn("Recording playback failed: {}", e.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, "60");
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "the recordings store cannot be "
                + "reached just now; try again in a minute, and tell an administrator if it persists");
    }

    @ExceptionHandler(RangeNotSatisfiableException.class)
    void unsatisfiable(RangeNotSatisfiableException e, HttpServletResponse response) {
        response.setStatus(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value());
        response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + e.totalBytes());
    }
}
