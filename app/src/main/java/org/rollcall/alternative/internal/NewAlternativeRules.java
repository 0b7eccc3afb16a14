package org.rollcall.alternative.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.rollcall.alternative.CaptureField;
import org.rollcall.alternative.NewAlternative;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.Urn;
import org.rollcall.platform.FreeText;

/**
 * A new provision's own fields on plain values: a name, a UK phone number Rollcall can call, a contact, a call window
 * that closes after it opens, an optional six-digit URN, at least one open weekday. Whether the URN is already in
 * the directory is the service's question.
 */
final class NewAlternativeRules {

    private NewAlternativeRules() {
    }

    static Map<CaptureField, String> check(NewAlternative n) {
        Map<CaptureField, String> problems = new LinkedHashMap<>();
        text(n.name(), "the provision's name", "such as Bridge Skills Centre", CaptureField.NAME, problems);
        if (n.phone() == null || n.phone().isBlank()) {
            problems.put(CaptureField.PHONE, "an alternative provision needs a phone number, so Rollcall can call it "
                    + "on the child's sessions: give a UK number such as 0113 496 0000");
        } else {
            try {
                UkPhoneNumber.parse(n.phone());
            } catch (IllegalArgumentException e) {
                problems.put(CaptureField.PHONE, e.getMessage());
            }
        }
        text(n.contactName(), "the contact person", "who to ask for, such as Sam Taylor", CaptureField.CONTACT,
                problems);
        if (n.opens() == null) {
            problems.put(CaptureField.OPENS, "give the time the provision's call window opens, such as 10:00");
        }
        if (n.closes() == null) {
            problems.put(CaptureField.CLOSES, "give the time the provision's call window closes, such as 10:30");
        } else if (n.opens() != null && !n.closes().isAfter(n.opens())) {
            problems.put(CaptureField.CLOSES, "the call window closes at " + n.closes() + ", not after it opens at "
                    + n.opens() + ": give a closing time after the opening time");
        }
        if (n.urn() != null && !n.urn().isBlank()) {
            try {
                new Urn(n.urn().strip());
            } catch (IllegalArgumentException e) {
                problems.put(CaptureField.URN, e.getMessage() + ", or leave it empty (many alternative provisions "
                        + "have none)");
            }
        }
        if (n.town() != null && !n.town().isBlank()) {
            FreeText.problem(n.town(), "the town", FreeText.MAX_NAME, false)
                    .ifPresent(p -> problems.put(CaptureField.TOWN, p));
        }
        if (n.openDays().isEmpty()) {
            problems.put(CaptureField.OPEN_DAYS, "tick the weekdays the provision is open, Monday to Friday by "
                    + "default");
        }
        return problems;
    }

    private static void text(String value, String what, String example, CaptureField field,
                             Map<CaptureField, String> problems) {
        if (value == null || value.isBlank()) {
            problems.put(field, what + " is required: " + example);
        } else {
            FreeText.problem(value, what, FreeText.MAX_NAME, false).ifPresent(p -> problems.put(field, p));
        }
    }
}
