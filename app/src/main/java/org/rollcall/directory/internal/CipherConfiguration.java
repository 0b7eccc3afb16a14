package org.rollcall.directory.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.rollcall.directory.DirectoryProperties;
import org.rollcall.platform.PlatformProperties;
import org.rollcall.platform.SecretFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class CipherConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CipherConfiguration.class);

    @Bean
    PasswordCipher passwordCipher(DirectoryProperties directory, PlatformProperties platform) throws IOException {
        if (StringUtils.hasText(directory.encryptionKey())) {
            return new PasswordCipher(Base64.getDecoder().decode(directory.encryptionKey().strip()));
        }
        Path file = platform.dataDirectory().resolve("keys/directory.key");
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // owner-only (0600), and an older 0644 file is tightened with a log line
        String key = SecretFiles.readOrCreate(file, Base64.getEncoder().encodeToString(fresh));
        log.warn("Embedded default: provision passwords encrypted with the key in {}; set "
                + "rollcall.directory.encryption-key in production", file.toAbsolutePath());
        return new PasswordCipher(Base64.getDecoder().decode(key.strip()));
    }
}
