package io.linecare.communication.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.linecare.communication.MessageType;
import io.linecare.communication.sms.SmsTextPolicy;

class MessageRendererTest {

    private static final Locale ZH_CN = MessageRenderer.ZH_CN;
    private static final Locale EN = MessageRenderer.EN;

    private final MessageRenderer renderer = new MessageRenderer(new SafeTemplateEngine());

    static Stream<Arguments> everyMessageTypeAndLocale() {
        return Arrays.stream(MessageType.values())
                .flatMap(type -> Stream.of(Arguments.of(type, EN), Arguments.of(type, ZH_CN)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyMessageTypeAndLocale")
    void rendersEveryMessageTypeInEveryLocaleForEmailAndSms(MessageType type, Locale locale) {
        Map<String, Object> model = SampleModels.model(type, locale);

        RenderedMessage message = renderer.render(type, locale, model);

        assertThat(message.type()).isEqualTo(type);
        assertThat(message.locale()).isEqualTo(locale);
        String promise = (String) model.get(SampleModels.promiseKey(type));
        assertThat(message.emailSubject()).isNotBlank().doesNotContain("\n").doesNotContain("$");
        for (String part : List.of(message.emailText(), message.emailHtml(), message.smsText())) {
            assertThat(part)
                    .contains(SampleModels.CASE_REFERENCE)
                    .contains(promise)
                    .doesNotContain("$")
                    .doesNotContain("#end")
                    .doesNotContain("#if");
        }
        assertThat(message.emailText()).contains(SampleModels.STATUS_URL).contains(SampleModels.CUSTOMER_NAME);
        assertThat(message.emailHtml()).contains("href=\"" + SampleModels.STATUS_URL + "\"")
                .startsWith("<!DOCTYPE html>").contains("</html>").contains("lang=\"" + locale.toLanguageTag() + "\"");
        assertThat(message.smsText()).endsWith(SampleModels.STATUS_URL).doesNotContain("\n");
        if (locale.equals(ZH_CN)) {
            assertThat(message.emailSubject() + message.emailText() + message.smsText()).containsPattern("\\p{IsHan}");
            assertThat(message.smsText()).startsWith("【Linecare】");
        } else {
            assertThat(message.emailSubject() + message.emailText() + message.smsText()).doesNotContainPattern("\\p{IsHan}");
        }
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void sampleModelsHoldExactlyTheRequiredValues(MessageType type) {
        // strict mode + rendering with exactly these values proves no template uses an undeclared value
        assertThat(SampleModels.model(type, EN).keySet()).containsExactlyInAnyOrderElementsOf(type.requiredValues());
    }

    @ParameterizedTest
    @ValueSource(strings = {"upheld", "partially-upheld", "rejected"})
    void disputeDecisionSaysWhatWasDecided(String decision) {
        for (Locale locale : List.of(EN, ZH_CN)) {
            Map<String, Object> values = new HashMap<>(SampleModels.sampleValues(MessageType.DISPUTE_DECISION));
            values.put("decision", decision);
            RenderedMessage message = renderer.render(MessageType.DISPUTE_DECISION, locale,
                    SampleModels.model(MessageType.DISPUTE_DECISION, locale, SampleModels.CUSTOMER_NAME, values));
            String credit = locale.equals(EN) ? "CNY 40.00" : "40.00元";
            if (decision.equals("rejected")) {
                assertThat(message.emailText()).doesNotContain(credit);
                assertThat(message.smsText()).doesNotContain(credit);
            } else {
                assertThat(message.emailText()).contains(credit);
                assertThat(message.smsText()).contains(credit);
            }
        }
    }

    @Test
    void promiseAtRiskNamesTheOldPromiseAndTheNewEstimateEvenInTheShortenedSms() {
        for (Locale locale : List.of(EN, ZH_CN)) {
            Map<String, Object> model = SampleModels.model(MessageType.PROMISE_AT_RISK, locale);
            RenderedMessage message = renderer.render(MessageType.PROMISE_AT_RISK, locale, model);
            String promised = (String) model.get("promisedAt");
            String estimated = (String) model.get("estimatedAt");

            assertThat(promised).isNotEqualTo(estimated);
            for (String part : List.of(message.emailText(), message.emailHtml(), message.smsText())) {
                assertThat(part).contains(promised).contains(estimated);
            }
            assertThat(message.emailText()).containsAnyOf("sorry", "抱歉");
        }
        // the SMS goes out as one part: cut before the link, it must still carry the new estimate
        RenderedMessage english = renderer.render(MessageType.PROMISE_AT_RISK, EN,
                SampleModels.model(MessageType.PROMISE_AT_RISK, EN));
        String sent = new SmsTextPolicy().apply(MessageType.PROMISE_AT_RISK, english.smsText(), SampleModels.STATUS_URL);
        assertThat(sent).isNotEqualTo(english.smsText())
                .contains(SampleModels.CASE_REFERENCE).contains("Thu 5 Mar 2026, 18:00").endsWith(SampleModels.STATUS_URL);
    }

    @Test
    void disputeDecisionOutsideTheKnownValuesIsRefused() {
        Map<String, Object> values = new HashMap<>(SampleModels.sampleValues(MessageType.DISPUTE_DECISION));
        values.put("decision", "maybe");
        Map<String, Object> model = SampleModels.model(MessageType.DISPUTE_DECISION, EN, SampleModels.CUSTOMER_NAME, values);

        assertThatThrownBy(() -> renderer.render(MessageType.DISPUTE_DECISION, EN, model))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessageContaining("email/dispute-decision.en.vm")
                .hasMessageContaining("decision");
    }

    @Test
    void customerNameWithScriptIsEscapedInHtmlAndLeftAsTextInTextAndSms() {
        String evil = "<script>alert(1)</script>";
        for (Locale locale : List.of(EN, ZH_CN)) {
            RenderedMessage message = renderer.render(MessageType.TICKET_ACKNOWLEDGED, locale,
                    SampleModels.model(MessageType.TICKET_ACKNOWLEDGED, locale, evil));

            assertThat(message.emailHtml()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            assertThat(message.emailText()).contains(evil);
            assertThat(message.smsText()).contains(evil);
        }
    }

    @Test
    void htmlEscapesQuotesAndAmpersandsInsideListsToo() {
        Map<String, Object> model = new HashMap<>(SampleModels.model(MessageType.SLOTS_OFFERED, EN));
        model.put("slots", List.of("<b>\"Mon\" & 'Tue'</b>"));

        RenderedMessage message = renderer.render(MessageType.SLOTS_OFFERED, EN, model);

        assertThat(message.emailHtml()).contains("&lt;b&gt;&quot;Mon&quot; &amp; &#39;Tue&#39;&lt;/b&gt;");
        assertThat(message.emailText()).contains("- <b>\"Mon\" & 'Tue'</b>");
    }

    @Test
    void missingValueIsAnErrorNamingTemplateAndValue() {
        Map<String, Object> model = new HashMap<>(SampleModels.model(MessageType.APOLOGY_COMPENSATION, ZH_CN));
        model.remove("creditAmount");

        assertThatThrownBy(() -> renderer.render(MessageType.APOLOGY_COMPENSATION, ZH_CN, model))
                .isInstanceOfSatisfying(TemplateRenderingException.class, e -> {
                    assertThat(e.templateName()).isEqualTo("email/apology-compensation.zh-CN.vm");
                    assertThat(e.missingValues()).containsExactly("creditAmount");
                })
                .hasMessageContaining("email/apology-compensation.zh-CN.vm")
                .hasMessageContaining("creditAmount");
    }

    @Test
    void nullValueCountsAsMissing() {
        Map<String, Object> model = new HashMap<>(SampleModels.model(MessageType.OUTAGE_NOTICE, EN));
        model.put("areaName", null);

        assertThatThrownBy(() -> renderer.render(MessageType.OUTAGE_NOTICE, EN, model))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessageContaining("areaName");
    }

    @Test
    void unsupportedLocaleFallsBackToEnglish() {
        RenderedMessage message = renderer.render(MessageType.OUTAGE_RESOLVED, Locale.FRANCE,
                SampleModels.model(MessageType.OUTAGE_RESOLVED, EN));

        assertThat(message.locale()).isEqualTo(EN);
        assertThat(message.emailSubject()).startsWith("Service restored");
    }

    @Test
    void chineseVariantsResolveToSimplifiedChinese() {
        assertThat(MessageRenderer.supportedLocale(Locale.forLanguageTag("zh"))).isEqualTo(ZH_CN);
        assertThat(MessageRenderer.supportedLocale(Locale.SIMPLIFIED_CHINESE)).isEqualTo(ZH_CN);
        assertThat(MessageRenderer.supportedLocale(Locale.forLanguageTag("zh-Hans-CN"))).isEqualTo(ZH_CN);
        assertThat(MessageRenderer.supportedLocale(Locale.forLanguageTag("zh-TW"))).isEqualTo(EN);
        assertThat(MessageRenderer.supportedLocale(Locale.US)).isEqualTo(EN);
    }

    @Test
    void chineseTextIsNaturalUtf8WithLocalDates() {
        RenderedMessage message = renderer.render(MessageType.TICKET_ACKNOWLEDGED, ZH_CN,
                SampleModels.model(MessageType.TICKET_ACKNOWLEDGED, ZH_CN));

        assertThat(message.emailSubject()).isEqualTo("已收到您的报障，工单号 FR-2026-000123");
        assertThat(message.emailText()).startsWith("Zhang Wei，您好：").contains("2026年3月5日（周四）14:00");
        assertThat(message.smsText()).isEqualTo("【Linecare】Zhang Wei您好，您的报障已受理（工单号FR-2026-000123），"
                + "我们承诺在2026年3月5日（周四）14:00前恢复服务。查看进度：" + SampleModels.STATUS_URL);
    }
}
