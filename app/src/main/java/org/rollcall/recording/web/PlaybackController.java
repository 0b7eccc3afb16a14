package org.rollcall.recording.web;

import java.io.IOException;
import java.util.UUID;

import org.rollcall.platform.web.BadRequestException;
import org.rollcall.platform.web.Problems;
import org.rollcall.recording.RecordingInfo;
import org.rollcall.recording.RecordingNotPlayableException;
import org.rollcall.recording.RecordingPlayback;
import org.rollcall.recording.RecordingStatus;
import org.rollcall.recording.Recordings;
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

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Streams a recording with byte ranges, so the browser's audio element can seek. The same endpoint serves the
 * UI (session) at /recordings/{callId}.wav and staff tools (HTTP Basic) at /api/v1/recordings/{callId}. Answers
 * 404 when there is nothing to play, 409 while it is still being stored, 503 when the object store is down, 416
 * (a problem detail, no stack trace) for a range it cannot serve.
 */
@RestController
class PlaybackController {

    private static final Logger log = LoggerFactory.getLogger(PlaybackController.class);
    private final RecordingPlayback playback;
    private final Recordings recordings;

    PlaybackController(RecordingPlayback playback, Recordings recordings) {
        this.playback = playback;
        this.recordings = recordings;
    }

    @GetMapping({"/recordings/{callId}.wav", "/api/v1/recordings/{callId}"})
    void play(@PathVariable String callId, @RequestHeader(value = HttpHeaders.RANGE, required = false) String range,
              HttpServletResponse response) throws IOException {
        UUID id = BadRequestException.uuid(callId, "a call id");
        ByteRange requested = switch (RangeHeader.parse(range)) {
            case RangeHeader.Whole whole -> null;
            case RangeHeader.Span span -> span.range();
            case RangeHeader.Suffix suffix -> {
                long total = totalBytes(id);
                if (total < 0) {
                    yield null; // nothing stored to take the end of: open() says why (404 or 409)
                }
                ByteRange last = suffix.of(total);
                if (last == null) {
                    throw new RangeRefused("the last " + suffix.length() + " bytes of a recording of " + total
                            + " bytes are nothing to send", total);
                }
                yield last;
            }
            case RangeHeader.Refused refused -> throw new RangeRefused(refused.why(), totalBytes(id));
        };
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

    /** The stored size, for a suffix range and for the Content-Range of a 416; -1 when unknown. */
    private long totalBytes(UUID id) {
        return recordings.forCall(id).filter(r -> r.status() == RecordingStatus.STORED).map(RecordingInfo::bytes)
                .orElse(-1L);
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
    ProblemDetail unsatisfiable(RangeNotSatisfiableException e, HttpServletRequest request,
                                HttpServletResponse response) {
        return refusedRange("the range starts after the end of the recording, which has " + e.totalBytes()
                + " bytes", e.totalBytes(), request, response);
    }

    @ExceptionHandler(RangeRefused.class)
    ProblemDetail refused(RangeRefused e, HttpServletRequest request, HttpServletResponse response) {
        return refusedRange(e.getMessage(), e.totalBytes, request, response);
    }

    /** 416 (RFC 9110 §15.5.17) with the recording's size when known, so the player can ask again. */
    private static ProblemDetail refusedRange(String detail, long totalBytes, HttpServletRequest request,
                                              HttpServletResponse response) {
        if (totalBytes >= 0) {
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + totalBytes);
        }
        return Problems.of(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, detail, request);
    }

    /** A Range header refused before the store is asked. */
    static final class RangeRefused extends RuntimeException {

        private final long totalBytes;

        RangeRefused(String message, long totalBytes) {
            super(message, null, false, false);
            this.totalBytes = totalBytes;
        }
    }
}
