package org.rollcall.telephony.asterisk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Asterisk's codes in plain words, with the code in brackets for whoever reads the PBX's own log: hang-up causes
 * (Q.850, as in the Hangup event's Cause) and the Reason of a failed OriginateResponse (AST_CONTROL_* frames; 0 has
 * no name and means the channel could not even be made).
 */
final class Causes {

    /** Hang-up causes that say something about the phone; others (normal clearing, unspecified) say little. */
    private static final Map<Integer, String> PHONE = Map.ofEntries(
            Map.entry(1, "is not a number the PBX knows"),
            Map.entry(3, "has no route from the PBX"),
            Map.entry(17, "was busy"),
            Map.entry(18, "did not respond"),
            Map.entry(19, "rang but was not answered"),
            Map.entry(20, "is not registered (switched off, unplugged or signed out)"),
            Map.entry(21, "rejected the call"),
            Map.entry(22, "has a number that changed"),
            Map.entry(27, "is out of order"),
            Map.entry(28, "has a number in the wrong format"),
            Map.entry(34, "could not get a line (congestion)"),
            Map.entry(38, "is behind a network that is out of order"),
            Map.entry(41, "failed for a moment (temporary failure)"),
            Map.entry(42, "could not get a line (congestion)"),
            Map.entry(44, "could not get the channel it asked for"));

    private static final Map<Integer, String> ORIGINATE = Map.of(
            0, "could not be reached: not registered, switched off or unknown to the PBX",
            1, "hung up before answering",
            3, "rang but was not answered",
            5, "was busy",
            8, "could not get a line (congested or unavailable)");

    private static final Map<Integer, String> ENDED = Map.of(
            16, "hung up normally",
            17, "busy",
            19, "not answered",
            21, "rejected",
            31, "ended (no reason given)",
            127, "ended by the network");

    private Causes() {
    }

    /**
     * One cause for an operator leg that never came up, from whatever the PBX said (either may be null): the hang-up
     * cause when it is specific, else the Originate reason. Built from both, so the order they came in cannot matter.
     */
    static String operatorLeg(Integer originateReason, Integer hangupCause, String hangupText) {
        String words = hangupCause == null ? null : PHONE.get(hangupCause);
        if (words == null && originateReason != null) {
            words = ORIGINATE.getOrDefault(originateReason, "could not be reached");
        }
        if (words == null) {
            words = hangupCause == null || hangupText == null || hangupText.isBlank() ? "could not be reached"
                    : "hung up before answering (" + hangupText.strip() + ")";
        }
        List<String> codes = new ArrayList<>();
        if (hangupCause != null) {
            codes.add("cause " + hangupCause);
        }
        if (originateReason != null) {
            codes.add("reason " + originateReason);
        }
        return "operator leg failed: the phone " + words + (codes.isEmpty() ? "" : " (" + String.join(", ", codes)
                + ")");
    }

    /** Why a call that was up has ended, from the Hangup event's Cause and Cause-txt. */
    static String ended(Integer cause, String text) {
        String words = cause == null ? null : ENDED.get(cause);
        if (words == null) {
            words = text == null || text.isBlank() ? "hung up" : "hung up: " + text.strip().toLowerCase(java.util.Locale.UK);
        }
        return cause == null ? words : words + " (cause " + cause + ")";
    }

    /** The school's leg failed: Dial's DIALSTATUS in words. */
    static String schoolLeg(String dialStatus) {
        String words = switch (dialStatus.toUpperCase(java.util.Locale.ROOT)) {
            case "CHANUNAVAIL" -> "the school's line could not be reached";
            case "CONGESTION" -> "no line to the school was free (congestion)";
            default -> "the school's line failed";
        };
        return words + " (" + dialStatus.toUpperCase(java.util.Locale.ROOT) + ")";
    }

    static Integer parse(Object code) {
        if (code instanceof Integer i) {
            return i;
        }
        try {
            return code == null ? null : Integer.valueOf(code.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
