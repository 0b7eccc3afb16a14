package org.rollcall.recording.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rollcall.recording.RecordingNotPlayableException;
import org.rollcall.recording.RecordingPlayback;
import org.rollcall.recording.Recordings;
import org.rollcall.recordings.RecordingStoreException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** How playback failures reach the browser or staff tool: status, Retry-After and a message to act on. */
class PlaybackControllerTests {

    private final RecordingPlayback playback = mock(RecordingPlayback.class);
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new PlaybackController(playback,
            mock(Recordings.class))).build();
    private final UUID callId = UUID.randomUUID();

    @Test
    void anUnreachableStoreIsServiceUnavailableWithAHintToRetry() throws Exception {
        when(playback.open(eq(callId), any())).thenThrow(new RecordingStoreException("could not open "
                + "recordings/2026/11/23/x.wav in bucket b at http://s3: Connection refused", null));

        mvc.perform(get("/recordings/{id}.wav", callId))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(jsonPath("$.detail").value("the recordings store cannot be reached just now; try again in "
                        + "a minute, and tell an administrator if it persists"));
    }

    @Test
    void nothingToPlayIsNotFound() throws Exception {
        when(playback.open(eq(callId), any())).thenThrow(new RecordingNotPlayableException("the recording of call "
                + callId + " was deleted when its retention period ended", false));

        mvc.perform(get("/api/v1/recordings/{id}", callId))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("the recording of call " + callId + " was deleted when its "
                        + "retention period ended"));
    }

    @Test
    void aRecordingOnItsWayToTheStoreIsAConflictToRetry() throws Exception {
        when(playback.open(eq(callId), any())).thenThrow(new RecordingNotPlayableException("still being stored",
                true));

        mvc.perform(get("/recordings/{id}.wav", callId))
                .andExpect(status().isConflict())
                .andExpect(header().string("Retry-After", "60"));
    }
}
