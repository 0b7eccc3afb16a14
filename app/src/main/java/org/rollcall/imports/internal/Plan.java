package org.rollcall.imports.internal;

import java.util.ArrayList;
import java.util.List;

/** What a file would do: rows to create, held records to update (before and after), and how many are unchanged. */
final class Plan<V, U> {

    final List<V> creates = new ArrayList<>();
    final List<U> updates = new ArrayList<>();
    int unchanged;
}
