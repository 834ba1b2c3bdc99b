package io.linecare.communication.status;

import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.linecare.communication.status.StatusAction.Answer;
import io.linecare.communication.status.StatusAction.InvalidAnswerException;
import io.linecare.communication.status.StatusAction.WaitingAction;
import io.linecare.communication.status.StatusLinks.StatusLink;
import io.linecare.communication.status.StatusPageModel.FormError;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The customer status page: {@code GET /status/{token}} shows the case, {@code POST
 * /status/{token}/actions/{messageName}} (a plain HTML form) answers what the process waits for, and {@code
 * POST /status/{token}/account-link} sends the customer a link to their account page ({@link AccountLinkRequests}).
 *
 * <ul>
 *   <li>bad, expired or unknown link → 404 with one generic page (no hint which);</li>
 *   <li>invalid answer → 400, the page again with a readable error and the customer's text kept;</li>
 *   <li>answer accepted → message correlated and recorded in one transaction, then 303 to the page;</li>
 *   <li>nothing waits for that answer any more (double submit, back button, another tab, a staff member
 *       was quicker) → 409 with a friendly "already done" page: a state conflict, not a failure of the
 *       customer; browsers show the body as for 200, and monitoring can still count stale posts.</li>
 * </ul>
 */
@RestController
@RequestMapping("/status")
@ConditionalOnRole(Role.WEB)
public class StatusPageController {

    private static final Logger log = LoggerFactory.getLogger(StatusPageController.class);
    private static final String ACCOUNT_LINK_SENT = "sent";

    private final StatusLinks links;
    private final CaseStatusReader reader;
    private final StatusActions actions;
    private final StatusPageModel model;
    private final StatusPageRenderer renderer;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transaction;
    private final AccountLinkRequests accountLinkRequests;

    public StatusPageController(StatusLinks links, CaseStatusReader reader, StatusActions actions, StatusPageModel model,
                                StatusPageRenderer renderer, RuntimeService runtimeService,
                                PlatformTransactionManager transactionManager, AccountLinkRequests accountLinkRequests) {
        this.links = links;
        this.reader = reader;
        this.actions = actions;
        this.model = model;
        this.renderer = renderer;
        this.runtimeService = runtimeService;
        this.transaction = new TransactionTemplate(transactionManager);
        this.accountLinkRequests = accountLinkRequests;
    }

    @GetMapping("/{token}")
    public ResponseEntity<String> page(@PathVariable String token, @RequestParam(required = false) String lang,
                                       @RequestParam(required = false) String accountLink, HttpServletRequest request) {
        Optional<StatusLink> link = links.open(token);
        if (link.isEmpty()) {
            return notFound(request, lang);
        }
        String reference = link.get().caseReference();
        Optional<CaseStatus> status = reader.read(reference);
        if (status.isEmpty()) {
            return notFound(request, lang);
        }
        Locale locale = locale(lang, link.get(), request);
        Map<String, Object> page = model.page(status.get(), token, locale, null);
        page.put("accountLinkSent", ACCOUNT_LINK_SENT.equals(accountLink) && page.get("accountLinkUrl") != null);
        return renderer.render(HttpStatus.OK, "status/page", locale, page);
    }

    /** "Send me a link to my account": to the customer's own email and mobile, then back to the case page. */
    @PostMapping("/{token}/account-link")
    public ResponseEntity<String> sendAccountLink(@PathVariable String token, @RequestParam MultiValueMap<String, String> form,
                                                  HttpServletRequest request) {
        String lang = form.getFirst("lang");
        Optional<StatusLink> link = links.open(token);
        Optional<CaseStatus> status = link.flatMap(l -> reader.read(l.caseReference()));
        if (status.isEmpty() || status.get().customerReference() == null) {
            return notFound(request, lang);
        }
        accountLinkRequests.send(status.get().caseReference(), status.get().customerReference());
        Locale locale = locale(lang, link.get(), request);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(StatusLinks.PATH + token + "?lang=" + PageLanguage.tag(locale) + "&accountLink="
                        + ACCOUNT_LINK_SENT))
                .build();
    }

    @PostMapping("/{token}/actions/{messageName}")
    public ResponseEntity<String> act(@PathVariable String token, @PathVariable String messageName,
                                      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
        String lang = form.getFirst("lang");
        Optional<StatusLink> link = links.open(token);
        Optional<StatusAction> action = actions.forMessage(messageName);
        if (link.isEmpty() || action.isEmpty()) {
            return notFound(request, lang);
        }
        String reference = link.get().caseReference();
        Locale locale = locale(lang, link.get(), request);

        Optional<WaitingAction> waiting = actions.waiting(reference, messageName);
        if (waiting.isEmpty()) {
            return reader.read(reference).isPresent() ? alreadyDone(token, locale) : notFound(request, lang);
        }
        Answer answer;
        try {
            answer = action.get().read(form, waiting.get());
        } catch (InvalidAnswerException invalid) {
            return invalid(token, reference, locale, new FormError(messageName, invalid.messageKey(), invalid.arguments(),
                    new LinkedMultiValueMap<>(form)));
        }
        try {
            transaction.executeWithoutResult(tx -> {
                runtimeService.createMessageCorrelation(messageName)
                        .processInstanceBusinessKey(reference)
                        // the instance whose offer was validated above, not another one with the same key
                        .processInstanceId(waiting.get().processInstanceId())
                        .setVariables(answer.variables())
                        .correlateWithResult();
                reader.recordAction(reference, answer.recordedAction(), answer.detail());
            });
        } catch (MismatchingMessageCorrelationException | OptimisticLockingException stale) {
            // moved on between our check and the correlation (a second tab, a double click)
            return alreadyDone(token, locale);
        }
        log.info("Status page: case {} answered {}", reference, answer.recordedAction());
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(StatusLinks.PATH + token + "?lang=" + PageLanguage.tag(locale)))
                .build();
    }

    /** Whatever else goes wrong: a plain apology, never a stack trace or an engine message. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<String> failure(Exception e, HttpServletRequest request) {
        log.error("Status page failed on {} {}", request.getMethod(), "/status/…", e);
        Locale locale = PageLanguage.fromBrowser(browserLocales(request)).orElse(PageLanguage.DEFAULT);
        return renderer.render(HttpStatus.INTERNAL_SERVER_ERROR, "status/error", locale, model.common(null, locale));
    }

    private ResponseEntity<String> invalid(String token, String reference, Locale locale, FormError error) {
        Optional<CaseStatus> status = reader.read(reference);
        if (status.isEmpty()) {
            return alreadyDone(token, locale);
        }
        return renderer.render(HttpStatus.BAD_REQUEST, "status/page", locale, model.page(status.get(), token, locale, error));
    }

    private ResponseEntity<String> alreadyDone(String token, Locale locale) {
        return renderer.render(HttpStatus.CONFLICT, "status/already-done", locale, model.common(token, locale));
    }

    private ResponseEntity<String> notFound(HttpServletRequest request, String lang) {
        Locale locale = PageLanguage.parameter(lang)
                .or(() -> PageLanguage.fromBrowser(browserLocales(request)))
                .orElse(PageLanguage.DEFAULT);
        return renderer.render(HttpStatus.NOT_FOUND, "status/not-found", locale, model.common(null, locale));
    }

    /** {@code ?lang=} first, then the language of our latest message on the case, the link's, the browser's. */
    private Locale locale(String lang, StatusLink link, HttpServletRequest request) {
        return PageLanguage.parameter(lang)
                .or(() -> reader.latestMessageLocale(link.caseReference()).flatMap(PageLanguage::supported))
                .or(() -> PageLanguage.supported(link.locale()))
                .or(() -> PageLanguage.fromBrowser(browserLocales(request)))
                .orElse(PageLanguage.DEFAULT);
    }

    private static List<Locale> browserLocales(HttpServletRequest request) {
        // without the header the container reports its own default locale, which says nothing about the customer
        return request.getHeader("Accept-Language") == null ? List.of() : Collections.list(request.getLocales());
    }
}
