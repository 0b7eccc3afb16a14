package org.rollcall.administration.ui;

import java.util.function.Function;

import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.escalation.EscalationRefusedException;
import org.rollcall.platform.EmailAddress;

/** Reading typed text into value types, with refusals that name the field on screen. */
final class Fields {

    /** A message that already starts with a field's label, such as "Call windows: …". */
    private static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile("[A-Z][A-Za-z ]{1,30}: ");

    private Fields() {
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The value, or null for a blank field; a refusal names the field. */
    static <T> T optional(String field, String text, Function<String, T> parse) {
        return text == null || text.isBlank() ? null : named(field, () -> parse.apply(text.strip()));
    }

    static UkPhoneNumber phone(String field, String text) {
        return optional(field, text, UkPhoneNumber::parse);
    }

    static EmailAddress email(String field, String text) {
        return optional(field, text, EmailAddress::parse);
    }

    /** Runs a read or a save, putting the field's name in front of a refusal that does not start with it. */
    static <T> T named(String field, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && (e.getMessage().startsWith(field) || NAMED.matcher(e.getMessage())
                    .lookingAt()) ? e : new IllegalArgumentException(field + ": " + e.getMessage(), e);
        } catch (EscalationRefusedException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    static void named(String field, Runnable action) {
        named(field, () -> {
            action.run();
            return null;
        });
    }
}
