package org.rollcall.accounts.internal;

import org.rollcall.platform.FreeText;

/** The rules a user's name, display name and password follow, wherever a user is created or changed. */
final class UserRules {

    static final int MIN_PASSWORD = 8;

    private UserRules() {
    }

    static void checkUsername(String username) {
        if (username == null || !username.matches("[a-z0-9._-]{2,40}")) {
            throw new IllegalArgumentException("user name '" + username + "' is not valid: use 2 to 40 lower-case "
                    + "letters, digits, '.', '_' or '-'");
        }
    }

    static void checkDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("the user's name is required: the name screens show");
        }
        FreeText.checked(displayName, "the user's name", FreeText.MAX_NAME, false);
    }

    static void checkPassword(String rawPassword) {
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("the password must have at least " + MIN_PASSWORD + " characters");
        }
    }
}
