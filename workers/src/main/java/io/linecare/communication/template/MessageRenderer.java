package io.linecare.communication.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.linecare.communication.MessageType;

/**
 * Renders a message for email (subject, text, HTML) and SMS from the templates
 * {@code templates/email/<message>.<locale>.vm} (blocks {@code $subject}, {@code $text}, {@code $html}) and
 * {@code templates/sms/<message>.<locale>.vm}. Supported locales are {@code zh-CN} and {@code en}; any other
 * locale, or a locale whose templates are missing, falls back to {@code en}. Only the HTML part is HTML-escaped.
 */
@Component
public class MessageRenderer {

    public static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");
    public static final Locale EN = Locale.ENGLISH;
    public static final Locale FALLBACK = EN;

    private final SafeTemplateEngine engine;
    private final Map<String, Locale> resolvedLocales = new ConcurrentHashMap<>();

    public MessageRenderer(SafeTemplateEngine engine) {
        this.engine = engine;
    }

    /**
     * @throws TemplateRenderingException when a template is missing (also in {@code en}), a required model value is
     *         missing or null, or a template fails; the message names the template and the missing values
     */
    public RenderedMessage render(MessageType type, Locale locale, Map<String, ?> model) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(model, "model");
        Locale used = resolveLocale(type, locale == null ? FALLBACK : locale);
        String emailTemplate = emailTemplate(type, used);
        String smsTemplate = smsTemplate(type, used);
        checkRequiredValues(type, emailTemplate, model);

        String subject = engine.renderBlock(emailTemplate, "subject", model, Escaping.NONE);
        String text = engine.renderBlock(emailTemplate, "text", model, Escaping.NONE);
        String html = engine.renderBlock(emailTemplate, "html", model, Escaping.HTML);
        String sms = engine.render(smsTemplate, model, Escaping.NONE);
        return new RenderedMessage(type, used, oneLine(subject), text.strip() + "\n", html.strip() + "\n", sms.strip());
    }

    /** The supported locale closest to the given one: zh-CN for Chinese (simplified / mainland / plain zh), else en. */
    public static Locale supportedLocale(Locale locale) {
        if ("zh".equals(locale.getLanguage())) {
            String script = locale.getScript();
            String country = locale.getCountry();
            boolean traditional = "Hant".equals(script) || (script.isEmpty() && List.of("TW", "HK", "MO").contains(country));
            return traditional ? FALLBACK : ZH_CN;
        }
        return EN;
    }

    public static String emailTemplate(MessageType type, Locale locale) {
        return "email/" + type.templateName() + "." + locale.toLanguageTag() + ".vm";
    }

    public static String smsTemplate(MessageType type, Locale locale) {
        return "sms/" + type.templateName() + "." + locale.toLanguageTag() + ".vm";
    }

    private Locale resolveLocale(MessageType type, Locale requested) {
        Locale wanted = supportedLocale(requested);
        return resolvedLocales.computeIfAbsent(type.templateName() + "|" + wanted.toLanguageTag(), key -> {
            if (engine.exists(emailTemplate(type, wanted)) && engine.exists(smsTemplate(type, wanted))) {
                return wanted;
            }
            if (!engine.exists(emailTemplate(type, FALLBACK)) || !engine.exists(smsTemplate(type, FALLBACK))) {
                throw new TemplateRenderingException(emailTemplate(type, FALLBACK),
                        "template not found (nor " + smsTemplate(type, FALLBACK) + "); message type " + type.templateName()
                                + " has no templates", null);
            }
            return FALLBACK;
        });
    }

    private static void checkRequiredValues(MessageType type, String templateName, Map<String, ?> model) {
        List<String> missing = new ArrayList<>();
        for (String name : type.requiredValues()) {
            if (model.get(name) == null) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw TemplateRenderingException.missingValues(templateName, missing);
        }
        type.allowedValues().forEach((name, allowed) -> {
            if (!allowed.contains(String.valueOf(model.get(name)))) {
                throw new TemplateRenderingException(templateName, "model value " + name + " must be one of "
                        + allowed + " but was '" + model.get(name) + "'", null);
            }
        });
    }

    private static String oneLine(String subject) {
        return subject.strip().replaceAll("\\s+", " ");
    }
}
