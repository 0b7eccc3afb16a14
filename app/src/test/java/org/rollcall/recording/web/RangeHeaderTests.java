package org.rollcall.recording.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rollcall.recordings.ByteRange;

/** Reading the Range header: spans, suffixes, what is served whole and what is refused. */
class RangeHeaderTests {

    @Test
    void spansAndOpenEndedSpans() {
        assertThat(RangeHeader.parse("bytes=44-1067")).isEqualTo(new RangeHeader.Span(new ByteRange(44, 1067)));
        assertThat(RangeHeader.parse("bytes=44-")).isEqualTo(new RangeHeader.Span(ByteRange.from(44)));
    }

    @Test
    void aSuffixIsTheLastBytesOfWhateverSize() {
        RangeHeader.Suffix suffix = (RangeHeader.Suffix) RangeHeader.parse("bytes=-100");
        assertThat(suffix.of(1000)).isEqualTo(new ByteRange(900, 999));
        assertThat(suffix.of(40)).isEqualTo(new ByteRange(0, 39));
        assertThat(((RangeHeader.Suffix) RangeHeader.parse("bytes=-0")).of(1000)).isNull();
    }

    @Test
    void noHeaderAnotherUnitOrSeveralRangesAreTheWholeRecording() {
        assertThat(RangeHeader.parse(null)).isInstanceOf(RangeHeader.Whole.class);
        assertThat(RangeHeader.parse("items=0-1")).isInstanceOf(RangeHeader.Whole.class);
        assertThat(RangeHeader.parse("bytes=0-1,5-9")).isInstanceOf(RangeHeader.Whole.class);
    }

    @Test
    void numbersTooLargeNonsenseAndBackwardSpansAreRefused() {
        assertThat(RangeHeader.parse("bytes=99999999999999999999999-")).isInstanceOf(RangeHeader.Refused.class);
        assertThat(RangeHeader.parse("bytes=-99999999999999999999999")).isInstanceOf(RangeHeader.Refused.class);
        assertThat(RangeHeader.parse("bytes=abc-")).isInstanceOf(RangeHeader.Refused.class);
        assertThat(RangeHeader.parse("bytes=-")).isInstanceOf(RangeHeader.Refused.class);
        assertThat(RangeHeader.parse("bytes=9-3")).isInstanceOf(RangeHeader.Refused.class);
    }
}
