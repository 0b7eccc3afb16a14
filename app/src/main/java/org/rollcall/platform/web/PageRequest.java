package org.rollcall.platform.web;

/** A page of a list asked for over the API: {@code page} from 0, {@code size} items from 1 to {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ", not " + size);
        }
    }

    /**
     * From query parameters read as text (absent: page 0 of {@link #DEFAULT_SIZE}).
     *
     * @throws BadRequestException naming the parameter and what it accepts
     */
    public static PageRequest parse(String page, String size) {
        String pages = "a whole number from 0 (the first page)";
        String sizes = "a whole number from 1 to " + MAX_SIZE;
        int p = whole("page", page, 0, pages);
        int s = whole("size", size, DEFAULT_SIZE, sizes);
        if (p < 0) {
            throw new BadRequestException("page '" + page + "' is not valid: use " + pages);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new BadRequestException("size '" + size + "' is not valid: use " + sizes);
        }
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) page * size;
    }

    private static int whole(String name, String text, int otherwise, String accepted) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " '" + text + "' is not valid: use " + accepted);
        }
    }
}
