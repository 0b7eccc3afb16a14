package org.rollcall.alternative;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.rollcall.directory.ProvisionMatch;

/**
 * A capture refused, nothing saved: what is wrong with each field, in words saying what would be accepted; and, when
 * a new provision's URN is already in the directory under another name, that provision, offered instead.
 */
public class CaptureRefusedException extends RuntimeException {

    private final Map<CaptureField, String> problems;
    private final transient ProvisionMatch offered;

    public CaptureRefusedException(Map<CaptureField, String> problems, ProvisionMatch offered) {
        super(problems.values().stream().collect(Collectors.joining("; ")));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        this.offered = offered;
    }

    public CaptureRefusedException(CaptureField field, String problem) {
        this(Map.of(field, problem), null);
    }

    /** Field by field, in the order the form shows them. */
    public Map<CaptureField, String> problems() {
        return problems;
    }

    /** The provision already in the directory under the URN typed for a new one. */
    public Optional<ProvisionMatch> offered() {
        return Optional.ofNullable(offered);
    }
}
