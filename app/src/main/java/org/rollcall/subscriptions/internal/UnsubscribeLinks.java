package org.rollcall.subscriptions.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.rollcall.platform.PlatformProperties;
import org.rollcall.platform.SecretCipher;
import org.rollcall.subscriptions.SubscriptionId;
import org.rollcall.subscriptions.SubscriptionsProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Unsubscribe links that work without signing in: the subscription's id and an HMAC-SHA256 of it under the
 * module's key ({@code rollcall.subscriptions.link-key}, or one generated under the data directory like the other
 * embedded keys). Changing a character of the id or of the signature makes the link invalid.
 */
@Component
class UnsubscribeLinks {

    static final String ROUTE = "report-emails/unsubscribe";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private final byte[] key;
    private final String extranetUrl;

    @Autowired
    UnsubscribeLinks(SubscriptionsProperties properties, PlatformProperties platform) throws IOException {
        this(SecretCipher.keyFrom(properties.linkKey(), platform.dataDirectory().resolve("keys/subscriptions.key"),
                "rollcall.subscriptions.link-key", "unsubscribe links"), properties.extranetUrl());
    }

    UnsubscribeLinks(byte[] key, String extranetUrl) {
        if (key.length != 32) {
            throw new IllegalArgumentException("rollcall.subscriptions.link-key must be 32 bytes, base64-encoded "
                    + "(openssl rand -base64 32); it is " + key.length + " bytes");
        }
        this.key = key.clone();
        this.extranetUrl = extranetUrl;
    }

    String token(SubscriptionId id) {
        byte[] raw = bytes(id.value());
        return ENCODE.encodeToString(raw) + "." + ENCODE.encodeToString(mac(raw));
    }

    String link(SubscriptionId id) {
        return extranetUrl + "/" + ROUTE + "?token=" + token(id);
    }

    /** The subscription the token names, if its signature is right. */
    Optional<SubscriptionId> verify(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            byte[] raw = Base64.getUrlDecoder().decode(parts[0]);
            byte[] signature = Base64.getUrlDecoder().decode(parts[1]);
            // Re-encoding must give the same text: base64's unused low bits could otherwise be changed unnoticed.
            if (raw.length != 16 || !ENCODE.encodeToString(raw).equals(parts[0])
                    || !ENCODE.encodeToString(signature).equals(parts[1]) || !MessageDigest.isEqual(mac(raw),
                    signature)) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(raw);
            return Optional.of(new SubscriptionId(new UUID(buffer.getLong(), buffer.getLong())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] raw) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update("rollcall-unsubscribe:".getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(raw);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }
}
