package io.linecare.communication.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.linecare.communication.MessageType;
import io.linecare.communication.template.MessageRenderer;
import io.linecare.communication.template.SafeTemplateEngine;
import io.linecare.communication.template.SampleModels;

class SmsTextPolicyTest {

    private static final String URL = "https://lc.example/s/Ab3dE9xQ";

    private final SmsSegmenter segmenter = new SmsSegmenter();
    private final SmsTextPolicy policy = new SmsTextPolicy(segmenter);

    @Test
    void textThatFitsIsUnchanged() {
        String text = "Linecare: visit tomorrow 09:00-12:00. " + URL;
        assertThat(policy.apply(MessageType.APPOINTMENT_REMINDER, text, URL)).isEqualTo(text);
    }

    @Test
    void typesNotMarkedSinglePartKeepAllTheirParts() {
        String text = "word ".repeat(60) + URL;
        assertThat(policy.apply(MessageType.TICKET_ACKNOWLEDGED, text, URL)).isEqualTo(text);
    }

    @Test
    void gsmTextIsCutAtAWordWithThreeDotsAndKeepsTheLink() {
        String text = "Linecare: " + "technician ".repeat(20) + URL;

        String shortened = policy.apply(MessageType.RUNNING_LATE, text, URL);

        assertThat(segmenter.segment(shortened).segmentCount()).isEqualTo(1);
        assertThat(segmenter.encodingOf(shortened)).isEqualTo(SmsEncoding.GSM_7);
        assertThat(shortened).endsWith("technician... " + URL).startsWith("Linecare: technician");
        assertThat(shortened.length()).isGreaterThan(150).isLessThanOrEqualTo(160);
    }

    @Test
    void chineseTextIsCutWithAnEllipsisAndKeepsTheLink() {
        String text = "【Linecare】" + "网络故障正在抢修".repeat(10) + URL;

        String shortened = policy.apply(MessageType.OUTAGE_NOTICE, text, URL);

        assertThat(shortened).hasSize(70).endsWith("… " + URL).startsWith("【Linecare】网络故障");
        assertThat(segmenter.segment(shortened).segmentCount()).isEqualTo(1);
    }

    @Test
    void aLinkTooLongForOnePartIsNeverCut() {
        String longUrl = "https://status.linecare.example/c/" + "x".repeat(200);
        String shortened = policy.shortenToSinglePart("Hello " + "a".repeat(100) + " " + longUrl, longUrl);

        assertThat(shortened).isEqualTo("... " + longUrl);
    }

    @Test
    void renderedSinglePartMessagesFitOnePartInBothLocales() {
        MessageRenderer renderer = new MessageRenderer(new SafeTemplateEngine());
        for (MessageType type : MessageType.values()) {
            if (!type.smsSinglePart()) {
                continue;
            }
            for (Locale locale : new Locale[] {MessageRenderer.EN, MessageRenderer.ZH_CN}) {
                String sms = renderer.render(type, locale, SampleModels.model(type, locale)).smsText();
                String fitted = policy.apply(type, sms, SampleModels.STATUS_URL);
                assertThat(segmenter.segmentCount(fitted)).as(type + " " + locale).isEqualTo(1);
                assertThat(fitted).endsWith(SampleModels.STATUS_URL);
            }
        }
    }

    @Test
    void englishSmsTemplatesStayInTheGsmAlphabet() {
        MessageRenderer renderer = new MessageRenderer(new SafeTemplateEngine());
        for (MessageType type : MessageType.values()) {
            String sms = renderer.render(type, MessageRenderer.EN, SampleModels.model(type, MessageRenderer.EN)).smsText();
            assertThat(segmenter.encodingOf(sms)).as(type + ": " + sms).isEqualTo(SmsEncoding.GSM_7);
        }
    }
}
