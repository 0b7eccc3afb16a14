package org.rollcall.statistics.ui;

import java.util.HashMap;
import java.util.Map;

import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.AttendanceCode;
import org.rollcall.directory.Nation;

/** What each code means, England's wording first, Wales's for the codes only Wales has (H, F, J, Y). */
final class CodeDescriptions {

    private CodeDescriptions() {
    }

    static Map<String, String> of(Attendance attendance) {
        Map<String, String> descriptions = new HashMap<>();
        for (Nation nation : new Nation[] {Nation.ENGLAND, Nation.WALES}) {
            for (AttendanceCode code : attendance.codeSet(nation).codes()) {
                descriptions.putIfAbsent(code.code(), code.description());
            }
        }
        return Map.copyOf(descriptions);
    }
}
