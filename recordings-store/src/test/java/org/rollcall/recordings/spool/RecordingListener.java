package org.rollcall.recordings.spool;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.StoredRecording;

/** Remembers what the spool reported. */
final class RecordingListener implements SpoolListener {

    final List<StoredRecording> stored = new CopyOnWriteArrayList<>();
    final Map<RecordingKey, String> rejected = new ConcurrentHashMap<>();

    @Override
    public void stored(StoredRecording recording) {
        stored.add(recording);
    }

    @Override
    public void rejected(RecordingKey key, String reason) {
        rejected.put(key, reason);
    }
}
