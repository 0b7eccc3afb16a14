package org.rollcall.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageRequestTests {

    @Test
    void absentParametersAreTheFirstPageOfTheDefaultSize() {
        assertThat(PageRequest.parse(null, " ")).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
        assertThat(PageRequest.parse("3", "20").offset()).isEqualTo(60);
    }

    @Test
    void aBadPageOrSizeIsRefusedNamingIt() {
        assertThatThrownBy(() -> PageRequest.parse("-1", null)).isInstanceOf(BadRequestException.class)
                .hasMessage("page '-1' is not valid: use a whole number from 0 (the first page)");
        assertThatThrownBy(() -> PageRequest.parse(null, "501")).isInstanceOf(BadRequestException.class)
                .hasMessage("size '501' is not valid: use a whole number from 1 to 500");
        assertThatThrownBy(() -> PageRequest.parse("1.5", null)).hasMessageStartingWith("page '1.5' is not valid");
        assertThatThrownBy(() -> PageRequest.parse(null, "99999999999")).hasMessageStartingWith("size '99999999999'");
    }

    @Test
    void pagesCountUpAndSlicesStayInTheList() {
        var request = new PageRequest(1, 2);
        Page<String> page = Page.slice(List.of("a", "b", "c"), request);
        assertThat(page.items()).containsExactly("c");
        assertThat(page.totalPages()).isEqualTo(2);
        assertThat(Page.slice(List.of("a"), new PageRequest(5, 2)).items()).isEmpty();
        assertThat(Page.of(List.of(), new PageRequest(0, 10), 0).totalPages()).isZero();
    }
}
