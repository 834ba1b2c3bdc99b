package io.linecare.communication.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmsSegmenterTest {

    private final SmsSegmenter segmenter = new SmsSegmenter();

    @ParameterizedTest(name = "GSM-7 {0} chars -> {1} part(s)")
    @CsvSource({"1,1", "160,1", "161,2", "306,2", "307,3", "459,3", "460,4"})
    void gsmTextIs160AloneAnd153PerPart(int length, int parts) {
        SmsSegmentation s = segmenter.segment("a".repeat(length));

        assertThat(s.encoding()).isEqualTo(SmsEncoding.GSM_7);
        assertThat(s.units()).isEqualTo(length);
        assertThat(s.segmentCount()).isEqualTo(parts);
        if (parts > 1) {
            assertThat(s.parts()).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(153));
            assertThat(s.parts().get(0)).hasSize(153);
        }
        assertThat(String.join("", s.parts())).isEqualTo("a".repeat(length));
    }

    @ParameterizedTest(name = "UCS-2 {0} chars -> {1} part(s)")
    @CsvSource({"1,1", "70,1", "71,2", "134,2", "135,3", "201,3", "202,4"})
    void chineseTextIs70AloneAnd67PerPart(int length, int parts) {
        String text = "网".repeat(length);
        SmsSegmentation s = segmenter.segment(text);

        assertThat(s.encoding()).isEqualTo(SmsEncoding.UCS_2);
        assertThat(s.segmentCount()).isEqualTo(parts);
        if (parts > 1) {
            assertThat(s.parts().get(0)).hasSize(67);
        }
        assertThat(String.join("", s.parts())).isEqualTo(text);
    }

    @Test
    void oneCharacterOutsideGsmMakesTheWholeTextUcs2() {
        String text = "a".repeat(100) + "网";

        SmsSegmentation s = segmenter.segment(text);

        assertThat(s.encoding()).isEqualTo(SmsEncoding.UCS_2);
        assertThat(s.segmentCount()).isEqualTo(2);
        assertThat(s.parts()).extracting(String::length).containsExactly(67, 34);
    }

    @Test
    void gsmBasicSetIncludesAccentsGreekAndYen() {
        assertThat(segmenter.encodingOf("@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà\n\r")).isEqualTo(SmsEncoding.GSM_7);
        assertThat(segmenter.encodingOf("ç")).isEqualTo(SmsEncoding.UCS_2);
        assertThat(segmenter.encodingOf("…")).isEqualTo(SmsEncoding.UCS_2);
        assertThat(segmenter.encodingOf("–")).isEqualTo(SmsEncoding.UCS_2);
    }

    @Test
    void extensionCharactersTakeTwoSeptetsAndAreNotSplitFromTheirEscape() {
        assertThat(segmenter.segment("€".repeat(80))).satisfies(s -> {
            assertThat(s.encoding()).isEqualTo(SmsEncoding.GSM_7);
            assertThat(s.units()).isEqualTo(160);
            assertThat(s.segmentCount()).isEqualTo(1);
        });
        SmsSegmentation s = segmenter.segment("a".repeat(152) + "{" + "a".repeat(10));
        assertThat(s.units()).isEqualTo(164);
        assertThat(s.parts()).extracting(String::length).containsExactly(152, 11);
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        String text = "网".repeat(66) + "😀" + "网";

        SmsSegmentation s = segmenter.segment(text);

        assertThat(s.encoding()).isEqualTo(SmsEncoding.UCS_2);
        assertThat(s.units()).isEqualTo(69);
        assertThat(s.segmentCount()).isEqualTo(1);
        SmsSegmentation longer = segmenter.segment(text + "网".repeat(2));
        assertThat(longer.parts().get(0)).hasSize(66);
        assertThat(longer.parts().get(1)).startsWith("😀");
    }

    @Test
    void emptyTextIsOneSegment() {
        assertThat(segmenter.segmentCount("")).isEqualTo(1);
    }
}
