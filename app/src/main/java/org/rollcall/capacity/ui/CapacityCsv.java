package org.rollcall.capacity.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rollcall.capacity.CapacityPlan;
import org.rollcall.capacity.DayCapacity;

/**
 * The half-hour plan then the windows to move, as CSV: UTF-8 with a byte-order mark for Excel, the same words and
 * figures as the screen, and text a spreadsheet would run as a formula defused with a leading apostrophe (as the
 * reports' CSV does).
 */
final class CapacityCsv {

    static final List<String> PLAN_HEADINGS = List.of("Half hour", "Calls opening", "Operators needed",
            "Operators rostered", "Cover");
    static final List<String> MOVE_HEADINGS = List.of("School", "Window", "Children", "Suggestion");

    private CapacityCsv() {
    }

    static void write(DayCapacity.DayPlan day, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get());
        csv.printRecord(PLAN_HEADINGS);
        for (CapacityPlan.Slot slot : day.plan().slots()) {
            csv.printRecord(CapacityText.halfHour(slot), slot.callsOpening(),
                    CapacityText.operators(slot.operatorsNeeded()), slot.operatorsRostered(),
                    CapacityText.cover(slot));
        }
        csv.printRecord("Total", day.callsOpening(), CapacityText.operators(day.operatorHoursNeeded())
                + " operator-hours", CapacityText.operators(day.operatorHoursRostered()) + " operator-hours",
                day.halfHoursShort() + " half hours short");
        csv.println();
        csv.printRecord(MOVE_HEADINGS);
        for (CapacityPlan.Move move : day.plan().moves()) {
            DayCapacity.SchoolCall call = day.call(move.call());
            csv.printRecord(guard(call.school()), CapacityText.window(call.opens(), call.closes()), call.children(),
                    CapacityText.suggestion(move));
        }
        csv.flush();
    }

    /** A leading apostrophe on text a spreadsheet would read as a formula. */
    static String guard(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
