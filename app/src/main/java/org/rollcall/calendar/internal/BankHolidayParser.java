package org.rollcall.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.rollcall.calendar.BankHoliday;
import org.rollcall.calendar.CalendarInputException;
import org.rollcall.directory.Nation;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads GOV.UK's {@code bank-holidays.json}: {@code {"england-and-wales": {"division": ..., "events": [{"title",
 * "date", "notes", "bunting"}]}, "scotland": ..., "northern-ireland": ...}}. England and Wales share the
 * {@code england-and-wales} division today; it is stored for each nation so they can diverge. Other divisions are
 * ignored. The same parser reads the file shipped with Rollcall and the files admins upload.
 */
final class BankHolidayParser {

    static final String DIVISION = "england-and-wales";
    static final int MAX_BYTES = 1024 * 1024;
    private static final String EXPECTED = "expected GOV.UK's bank holidays file (https://www.gov.uk/bank-holidays"
            + ".json): an object with an 'england-and-wales' division whose 'events' each have a 'title' and a "
            + "'date' as YYYY-MM-DD";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private BankHolidayParser() {
    }

    static ParsedBankHolidays parse(InputStream in) {
        JsonNode root = readJson(in);
        JsonNode division = root.get(DIVISION);
        if (division == null || !division.isObject()) {
            throw new CalendarInputException("the file has no '" + DIVISION + "' division (it has "
                    + (root.properties().isEmpty() ? "no divisions" : String.join(", ", root.propertyNames()))
                    + "): " + EXPECTED);
        }
        JsonNode events = division.get("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            throw new CalendarInputException("the '" + DIVISION + "' division has no events: " + EXPECTED);
        }
        List<String> problems = new ArrayList<>();
        Map<LocalDate, BankHoliday> byDate = new TreeMap<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String title = event.isObject() && event.get("title") != null && event.get("title").isString()
                    ? event.get("title").stringValue() : null;
            String which = "event " + (i + 1) + (title == null ? "" : " ('" + title + "')");
            JsonNode date = event.isObject() ? event.get("date") : null;
            if (date == null || date.isNull()) {
                problems.add(which + " has no date: give it a \"date\" as YYYY-MM-DD");
                continue;
            }
            try {
                LocalDate day = LocalDate.parse(date.isString() ? date.stringValue() : date.toString());
                byDate.putIfAbsent(day, new BankHoliday(day, title));
            } catch (DateTimeParseException e) {
                problems.add(which + " has the date " + date + ", which is not a valid date: use YYYY-MM-DD, "
                        + "for example 2026-12-25");
            }
        }
        if (!problems.isEmpty()) {
            throw new CalendarInputException("the bank holidays file was refused and nothing was stored", problems);
        }
        List<BankHoliday> holidays = List.copyOf(byDate.values());
        return new ParsedBankHolidays(Map.of(Nation.ENGLAND, holidays, Nation.WALES, holidays));
    }

    private static JsonNode readJson(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bank holidays file", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new CalendarInputException("the file is over " + MAX_BYTES / 1024 + " KB; GOV.UK's bank "
                    + "holidays file is about 20 KB: " + EXPECTED);
        }
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw new CalendarInputException("the file is JSON but not an object: " + EXPECTED);
            }
            return root;
        } catch (JacksonException e) {
            throw new CalendarInputException("the file is not JSON (" + e.getOriginalMessage() + "): " + EXPECTED);
        }
    }
}
