package org.rollcall.recordings;

/**
 * Keeps documents (PDF letters) in the same S3 API as recordings, with the same encryption, and with their SHA-256
 * sent as the upload's checksum so the store refuses bytes that changed on the way. Thread-safe.
 */
public interface DocumentStore {

    /**
     * @throws RecordingStoreException when the store is unreachable or refuses the upload; nothing is kept then
     */
    StoredDocument store(DocumentKey key, byte[] content, String contentType);

    /** @throws RecordingStoreException when the document is missing or the store cannot be reached */
    byte[] read(DocumentKey key);
}
