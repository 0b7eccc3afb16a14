package org.rollcall.platform.web;

import java.util.List;

/**
 * One page of a list as the API answers it; pages count from 0.
 *
 * @param totalItems items in the whole list
 * @param totalPages pages of {@code size} needed for them (0 for an empty list)
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(items, request.page(), request.size(), totalItems,
                (int) ((totalItems + request.size() - 1) / request.size()));
    }

    /** Cuts one page out of a list already whole in memory (a period's exclusions: a few per child at most). */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        long from = Math.min(all.size(), request.offset());
        int to = (int) Math.min(all.size(), from + request.size());
        return of(all.subList((int) from, to), request, all.size());
    }
}
