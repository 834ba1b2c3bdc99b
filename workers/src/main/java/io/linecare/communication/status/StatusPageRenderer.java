package io.linecare.communication.status;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/**
 * Renders the status-page templates (classpath:/templates-web/status/) with Spring Boot's Thymeleaf
 * engine in the page's own locale, and wraps them in a response that keeps the token private:
 * no caching, no Referer, no framing, no scripts, nothing loaded from elsewhere.
 */
@Component
@ConditionalOnRole(Role.WEB)
class StatusPageRenderer {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final ITemplateEngine templates;

    StatusPageRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    ResponseEntity<String> render(HttpStatus status, String template, Locale locale, Map<String, Object> model) {
        String html = templates.process(template, new Context(locale, model));
        return ResponseEntity.status(status)
                .headers(headers(locale))
                .body(html);
    }

    static HttpHeaders headers(Locale locale) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8));
        headers.setCacheControl(CacheControl.noStore());
        headers.setContentLanguage(locale);
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Robots-Tag", "noindex, nofollow");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        return headers;
    }
}
