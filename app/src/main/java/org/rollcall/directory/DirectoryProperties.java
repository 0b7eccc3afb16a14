package org.rollcall.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param encryptionKey base64 AES-256 key for provision passwords; when empty, one is generated and kept in
 *     {@code <data-directory>/keys/directory.key} (fine for the demo, not for production)
 */
@ConfigurationProperties("rollcall.directory")
public record DirectoryProperties(String encryptionKey) {
}
