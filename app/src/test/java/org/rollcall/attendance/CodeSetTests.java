package org.rollcall.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.directory.Nation;

/** A code set's codes as operators read them: by category, symbols first, then letters alphabetically. */
class CodeSetTests {

    // In the order the database gives them (category name, then code), as before the list followed the legend.
    private final CodeSet set = new CodeSet("ENGLAND-TEST", Nation.ENGLAND, List.of(
            code("B", CodeCategory.APPROVED_ACTIVITY), code("C1", CodeCategory.AUTHORISED_ABSENCE),
            code("C", CodeCategory.AUTHORISED_ABSENCE), code("#", CodeCategory.NOT_POSSIBLE),
            code("Z", CodeCategory.ADMINISTRATIVE), code("L", CodeCategory.PRESENT), code("/", CodeCategory.PRESENT),
            code("\\", CodeCategory.PRESENT), code("O", CodeCategory.UNAUTHORISED_ABSENCE)));

    @Test
    void aRefusalListsTheCodesInTheLegendsOrder() {
        assertThat(set.codeList()).isEqualTo("/ \\ L B C C1 O # Z");
        assertThat(set.codeList().split(" ")).containsExactlyElementsOf(set.byCategory().values().stream()
                .flatMap(List::stream).toList());
    }

    private static AttendanceCode code(String code, CodeCategory category) {
        return new AttendanceCode(code, "test " + code, category, null);
    }
}
