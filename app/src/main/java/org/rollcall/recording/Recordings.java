package org.rollcall.recording;

import java.util.Optional;
import java.util.UUID;

public interface Recordings {

    Optional<RecordingInfo> forCall(UUID callId);
}
