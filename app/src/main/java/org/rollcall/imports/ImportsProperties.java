package org.rollcall.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBytes the largest file accepted; a larger upload is refused as soon as this many bytes have arrived, so
 *     no file can fill the disk or the heap (a 28,000-child CSV is about 6 MB)
 */
@ConfigurationProperties("rollcall.imports")
public record ImportsProperties(@DefaultValue("20MB") DataSize maxBytes) {

    public ImportsProperties {
        if (maxBytes == null) {
            maxBytes = DataSize.ofMegabytes(20);
        }
        if (maxBytes.toBytes() < 1024 || maxBytes.toBytes() > DataSize.ofMegabytes(500).toBytes()) {
            throw new IllegalArgumentException("rollcall.imports.max-bytes must be between 1KB and 500MB, not "
                    + maxBytes);
        }
    }
}
