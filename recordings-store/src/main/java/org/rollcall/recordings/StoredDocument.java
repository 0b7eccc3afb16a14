package org.rollcall.recordings;

/** A document safely in the store: its key, size, SHA-256 (hex, lower case, checked by the store) and type. */
public record StoredDocument(DocumentKey key, long bytes, String sha256, String contentType) {
}
