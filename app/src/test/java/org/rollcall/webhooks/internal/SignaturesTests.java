package org.rollcall.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignaturesTests {

    @Test
    void theHmacIsSha256AsPublished() {
        // RFC-style test vector for HMAC-SHA256 (key "key", the pangram), so receivers' libraries agree with ours.
        assertThat(Signatures.hmac("key", "The quick brown fox jumps over the lazy dog"))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void theHeaderSignsTheTimestampAndTheBody() {
        String header = Signatures.header("key", 1764672000L, "{\"a\":1}");
        assertThat(header).isEqualTo("t=1764672000,v1=" + Signatures.hmac("key", "1764672000.{\"a\":1}"));
        assertThat(header).isNotEqualTo(Signatures.header("key", 1764672001L, "{\"a\":1}"));
    }

    @Test
    void secretsAreLongRandomAndNamed() {
        String secret = Signatures.newSecret();
        assertThat(secret).startsWith("whsec_").hasSize(6 + 43).isNotEqualTo(Signatures.newSecret());
    }
}
