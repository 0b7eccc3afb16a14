package org.rollcall.directory.internal;

import org.rollcall.platform.SecretCipher;

/** AES-256-GCM for provision passwords: operators must read them, so they are encrypted, not hashed. */
class PasswordCipher extends SecretCipher {

    PasswordCipher(byte[] key) {
        super(key, "rollcall.directory.encryption-key", "a provision password");
    }
}
