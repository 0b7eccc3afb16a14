package org.rollcall.attainment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.rollcall.calls.CallId;
import org.rollcall.directory.ChildId;

/**
 * Results heard on a call for one child and one assessment, as typed: a blank value is not recorded.
 *
 * @param call null when entered off a call (by an admin correcting a result)
 */
public record RecordResults(ChildId child, CallId call, Assessment assessment, Map<Subject, String> typed) {

    public RecordResults {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(assessment, "assessment");
        typed = typed == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(typed));
    }
}
