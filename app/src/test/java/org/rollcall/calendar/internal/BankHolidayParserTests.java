package org.rollcall.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rollcall.calendar.BankHoliday;
import org.rollcall.calendar.CalendarInputException;
import org.rollcall.directory.Nation;

/** GOV.UK's bank-holidays.json is read per nation; anything else is refused saying what is wrong. */
class BankHolidayParserTests {

    @Test
    void readsTheEnglandAndWalesDivisionForBothNationsAndIgnoresTheOthers() {
        ParsedBankHolidays parsed = parse("""
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day", "bunting": true},
                  {"title": "Christmas Day", "date": "2026-12-25", "notes": "", "bunting": true},
                  {"title": "Christmas Day", "date": "2026-12-25", "notes": "", "bunting": true}]},
                 "scotland": {"division": "scotland", "events": [
                  {"title": "St Andrew’s Day", "date": "2026-11-30", "notes": "", "bunting": true}]},
                 "northern-ireland": {"division": "northern-ireland", "events": []}}""");
        assertThat(parsed.holidays().get(Nation.ENGLAND)).containsExactly(
                new BankHoliday(LocalDate.of(2026, 12, 25), "Christmas Day"),
                new BankHoliday(LocalDate.of(2026, 12, 28), "Boxing Day"));
        assertThat(parsed.holidays().get(Nation.WALES)).isEqualTo(parsed.holidays().get(Nation.ENGLAND));
    }

    @Test
    void refusesAFileThatIsNotJson() {
        assertThatThrownBy(() -> parse("la_code,term\n201,Autumn")).isInstanceOf(CalendarInputException.class)
                .hasMessageStartingWith("the file is not JSON").hasMessageContaining("england-and-wales");
        assertThatThrownBy(() -> parse("{\"england-and-wales\": {}} trailing")).hasMessageStartingWith(
                "the file is not JSON");
        assertThatThrownBy(() -> parse("[1, 2]")).hasMessageStartingWith("the file is JSON but not an object");
        assertThatThrownBy(() -> parse("")).isInstanceOf(CalendarInputException.class);
    }

    @Test
    void refusesAFileWithoutTheEnglandAndWalesDivision() {
        assertThatThrownBy(() -> parse("""
                {"scotland": {"division": "scotland", "events": [{"title": "x", "date": "2026-01-01"}]}}"""))
                .hasMessageStartingWith("the file has no 'england-and-wales' division (it has scotland)");
    }

    @Test
    void refusesADivisionWithNoEvents() {
        assertThatThrownBy(() -> parse("{\"england-and-wales\": {\"division\": \"england-and-wales\", "
                + "\"events\": []}}")).hasMessageStartingWith("the 'england-and-wales' division has no events");
        assertThatThrownBy(() -> parse("{\"england-and-wales\": {\"division\": \"england-and-wales\"}}"))
                .hasMessageStartingWith("the 'england-and-wales' division has no events");
    }

    @Test
    void listsEveryEventWithoutAValidDate() {
        assertThatThrownBy(() -> parse("""
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "Good", "date": "2026-01-01"},
                  {"title": "Missing"},
                  {"title": "Malformed", "date": "01/05/2026"},
                  {"title": "Impossible", "date": "2026-02-30"},
                  {"title": "A number", "date": 20260101}]}}"""))
                .isInstanceOfSatisfying(CalendarInputException.class, e -> assertThat(e.problems()).containsExactly(
                        "event 2 ('Missing') has no date: give it a \"date\" as YYYY-MM-DD",
                        "event 3 ('Malformed') has the date \"01/05/2026\", which is not a valid date: use "
                                + "YYYY-MM-DD, for example 2026-12-25",
                        "event 4 ('Impossible') has the date \"2026-02-30\", which is not a valid date: use "
                                + "YYYY-MM-DD, for example 2026-12-25",
                        "event 5 ('A number') has the date 20260101, which is not a valid date: use YYYY-MM-DD, "
                                + "for example 2026-12-25"))
                .hasMessageStartingWith("the bank holidays file was refused and nothing was stored");
    }

    private static ParsedBankHolidays parse(String json) {
        return BankHolidayParser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
