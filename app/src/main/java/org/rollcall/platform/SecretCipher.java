package org.rollcall.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

/**
 * AES-256-GCM for secrets the application must read back (provision passwords, second-factor secrets): a random
 * 12-byte IV per value, stored base64 as IV then ciphertext with its tag. One implementation for every module;
 * each module has its own key.
 */
public class SecretCipher {

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
    private static final int IV_BYTES = 12;
    private final SecretKeySpec key;
    private final String keySetting;
    private final String what;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param keySetting the property that holds the key, named in errors
     * @param what what is encrypted, named in errors ("a provision password")
     */
    public SecretCipher(byte[] key, String keySetting, String what) {
        if (key.length != 32) {
            throw new IllegalArgumentException(keySetting + " must be 32 bytes, base64-encoded "
                    + "(openssl rand -base64 32); it is " + key.length + " bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
        this.keySetting = keySetting;
        this.what = what;
    }

    /**
     * The configured base64 key, or else one generated into {@code generatedKeyFile} (owner-only, kept across
     * restarts) with a warning that production should set {@code keySetting}.
     */
    public static byte[] keyFrom(String configured, Path generatedKeyFile, String keySetting, String what)
            throws IOException {
        if (StringUtils.hasText(configured)) {
            return Base64.getDecoder().decode(configured.strip());
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        String key = SecretFiles.readOrCreate(generatedKeyFile, Base64.getEncoder().encodeToString(fresh));
        log.warn("Embedded default: {} encrypted with the key in {}; set {} in production", what,
                generatedKeyFile.toAbsolutePath(), keySetting);
        return Base64.getDecoder().decode(key.strip());
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    public String decrypt(String encoded) {
        try {
            byte[] all = Base64.getDecoder().decode(encoded);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt " + what + ": was " + keySetting + " changed?", e);
        }
    }
}
