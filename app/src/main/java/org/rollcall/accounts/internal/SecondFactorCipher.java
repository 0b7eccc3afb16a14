package org.rollcall.accounts.internal;

import java.io.IOException;

import org.rollcall.accounts.AccountsProperties;
import org.rollcall.platform.PlatformProperties;
import org.rollcall.platform.SecretCipher;
import org.springframework.stereotype.Component;

/** Second-factor secrets encrypted at rest with the platform's AES-GCM and the accounts module's own key. */
@Component
class SecondFactorCipher {

    private final SecretCipher cipher;

    SecondFactorCipher(AccountsProperties accounts, PlatformProperties platform) throws IOException {
        this.cipher = new SecretCipher(SecretCipher.keyFrom(accounts.encryptionKey(),
                platform.dataDirectory().resolve("keys/accounts.key"), "rollcall.accounts.encryption-key",
                "second-factor secrets"), "rollcall.accounts.encryption-key", "a second-factor secret");
    }

    String encrypt(String plain) {
        return cipher.encrypt(plain);
    }

    String decrypt(String encoded) {
        return cipher.decrypt(encoded);
    }
}
