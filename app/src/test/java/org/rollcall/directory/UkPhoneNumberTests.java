package org.rollcall.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class UkPhoneNumberTests {

    @Test
    void normalisesTheWaysPeopleWriteUkNumbers() {
        assertThat(UkPhoneNumber.parse("01632 960123").e164()).isEqualTo("+441632960123");
        assertThat(UkPhoneNumber.parse("+44 (0)1632 960123").e164()).isEqualTo("+441632960123");
        assertThat(UkPhoneNumber.parse("0044 1632 960123").e164()).isEqualTo("+441632960123");
        assertThat(UkPhoneNumber.parse("07700 900123").e164()).isEqualTo("+447700900123");
        assertThat(UkPhoneNumber.parse("020 7946 0123").e164()).isEqualTo("+442079460123");
    }

    @Test
    void refusesNumbersThatAreNotDiallableUkNumbers() {
        for (String bad : new String[] {"12345", "+33 1 23 45 67 89", "09098 790123", "01632 96012a", "+44",
                "016329601234567"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> UkPhoneNumber.parse(bad))
                    .withMessageContaining("not a valid UK telephone number");
        }
        assertThatIllegalArgumentException().isThrownBy(() -> UkPhoneNumber.parse(" "))
                .withMessageContaining("required");
    }

    @Test
    void isSpokenInTheUsualGroups() {
        org.assertj.core.api.Assertions.assertThat(java.util.stream.Stream.of("07700 900123", "01632 960123",
                "029 2018 0000", "0161 496 0000", "0113 496 0000", "0300 123 4567", "0800 123 456")
                .map(n -> UkPhoneNumber.parse(n).spoken())).containsExactly("07700 900123", "01632 960123",
                "029 2018 0000", "0161 496 0000", "0113 496 0000", "0300 123 4567", "0800 123 456");
    }
}
