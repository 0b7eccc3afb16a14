package org.rollcall.qa.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rollcall.calls.CallOutcome;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ProvisionId;
import org.rollcall.qa.internal.CallFilter;
import org.rollcall.recording.RecordingStatus;

import com.vaadin.flow.router.QueryParameters;

/**
 * The calls list's filters as query parameters: the list keeps them in its address, the review page carries them
 * so its "Back to the calls" link returns to the same list. Anything unreadable is ignored (the default applies).
 */
final class ListParams {

    static final String NO_RECORDING = "none";

    private ListParams() {
    }

    static QueryParameters of(CallFilter f) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("date", List.of(f.date().toString()));
        put(p, "authority", f.authority() == null ? null : f.authority().value());
        put(p, "provision", f.provision() == null ? null : f.provision().value());
        put(p, "operator", f.operator());
        put(p, "outcome", f.outcome());
        put(p, "recording", f.noRecording() ? NO_RECORDING : f.recording());
        put(p, "challenge", f.withChallenge() ? "yes" : null);
        put(p, "correction", f.withCorrection() ? "yes" : null);
        put(p, "unreviewed", f.notReviewed() ? "yes" : null);
        put(p, "q", f.text());
        return new QueryParameters(p);
    }

    static CallFilter from(QueryParameters q, LocalDate today) {
        Map<String, List<String>> p = q.getParameters();
        String recording = one(p, "recording");
        return new CallFilter(parse(() -> LocalDate.parse(one(p, "date")), today),
                parse(() -> new AuthorityId(UUID.fromString(one(p, "authority"))), null),
                parse(() -> new ProvisionId(UUID.fromString(one(p, "provision"))), null),
                parse(() -> UUID.fromString(one(p, "operator")), null),
                parse(() -> CallOutcome.valueOf(one(p, "outcome")), null),
                NO_RECORDING.equals(recording) ? null : parse(() -> RecordingStatus.valueOf(recording), null),
                NO_RECORDING.equals(recording), "yes".equals(one(p, "challenge")), "yes".equals(one(p, "correction")),
                "yes".equals(one(p, "unreviewed")), one(p, "q"));
    }

    private static void put(Map<String, List<String>> p, String name, Object value) {
        if (value != null) {
            p.put(name, List.of(value instanceof Enum<?> e ? e.name() : value.toString()));
        }
    }

    private static String one(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, T fallback) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            return fallback;
        }
    }
}
