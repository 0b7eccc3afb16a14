package org.rollcall.imports.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** "name: Old → New; phone: ..." for the fields of two records that differ, for the audit's before and after. */
final class RecordDiff {

    private RecordDiff() {
    }

    static String of(Record before, Record after) {
        if (before == null) {
            return "before: (did not meet today's rules); after: " + after;
        }
        List<String> changes = new ArrayList<>();
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            Object was = value(component, before);
            Object now = value(component, after);
            if (!Objects.equals(was, now)) {
                changes.add(component.getName() + ": " + was + " \u2192 " + now);
            }
        }
        return String.join("; ", changes);
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
