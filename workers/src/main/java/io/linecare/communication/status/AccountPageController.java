package io.linecare.communication.status;

import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.linecare.communication.status.Account.AccountBill;
import io.linecare.communication.status.Account.Line;
import io.linecare.dispute.Dispute;
import io.linecare.dispute.DisputeService;
import io.linecare.dispute.DisputeUnavailableException;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;
import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.retention.CancellationIntake;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The customer's own page on the status site, reached by a signed account link ({@link AccountLinks}):
 * {@code GET /status/account/{token}} shows the active lines, the bills still open to dispute and the open
 * cases; "dispute this bill" ({@code …/bills/{bill}/dispute}) and "cancel a line" ({@code …/lines/{line}/cancel})
 * are plain HTML forms that go through the same intake as staff use ({@link DisputeService#open},
 * {@link CancellationIntake#open}), recorded with the channel {@code web} / {@code status-page} and the
 * customer's reference as who opened it.
 *
 * <ul>
 *   <li>bad, expired or case link, unknown customer, a bill or line not on the page → 404, the one generic page;</li>
 *   <li>a form the intake refuses → 400, the form again with every reason in the customer's language and what
 *       they entered kept; nothing is stored;</li>
 *   <li>accepted → 303 to the new case's status page.</li>
 * </ul>
 * Forgery: as for the case page's answers, the unguessable token in the form's own address is the only
 * credential — no cookie or session that another site could make a browser send — and the pages forbid
 * framing, posting elsewhere and leaking the address in a Referer.
 */
@RestController
@RequestMapping("/status/account")
@ConditionalOnRole(Role.WEB)
public class AccountPageController {

    private static final Logger log = LoggerFactory.getLogger(AccountPageController.class);

    private final AccountLinks accountLinks;
    private final AccountReader reader;
    private final AccountPageModel model;
    private final StatusPageModel statusModel;
    private final StatusPageRenderer renderer;
    private final StatusLinks caseLinks;
    private final DisputeService disputes;
    private final CancellationIntake cancellations;

    public AccountPageController(AccountLinks accountLinks, AccountReader reader, AccountPageModel model,
                                 StatusPageModel statusModel, StatusPageRenderer renderer, StatusLinks caseLinks,
                                 DisputeService disputes, CancellationIntake cancellations) {
        this.accountLinks = accountLinks;
        this.reader = reader;
        this.model = model;
        this.statusModel = statusModel;
        this.renderer = renderer;
        this.caseLinks = caseLinks;
        this.disputes = disputes;
        this.cancellations = cancellations;
    }

    @GetMapping("/{token}")
    public ResponseEntity<String> page(@PathVariable String token, @RequestParam(required = false) String lang,
                                       HttpServletRequest request) {
        Optional<Opened> opened = open(token, lang, request);
        if (opened.isEmpty()) {
            return notFound(request, lang);
        }
        Opened o = opened.get();
        return renderer.render(HttpStatus.OK, "status/account", o.locale(), model.account(o.account(), token, o.locale()));
    }

    @GetMapping("/{token}/bills/{bill}/dispute")
    public ResponseEntity<String> disputeForm(@PathVariable String token, @PathVariable String bill,
                                              @RequestParam(required = false) String lang, HttpServletRequest request) {
        Optional<Opened> opened = open(token, lang, request);
        Optional<AccountBill> found = opened.flatMap(o -> o.account().bill(bill)).filter(AccountBill::disputable);
        if (found.isEmpty()) {
            return notFound(request, lang);
        }
        Locale locale = opened.get().locale();
        return renderer.render(HttpStatus.OK, "status/dispute", locale,
                model.disputeForm(opened.get().account(), found.get(), token, locale, null, null));
    }

    @PostMapping("/{token}/bills/{bill}/dispute")
    public ResponseEntity<String> dispute(@PathVariable String token, @PathVariable String bill,
                                          @RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
        String lang = form.getFirst("lang");
        Optional<Opened> opened = open(token, lang, request);
        Optional<AccountBill> found = opened.flatMap(o -> o.account().bill(bill));
        if (found.isEmpty()) {
            return notFound(request, lang);
        }
        Account account = opened.get().account();
        Locale locale = opened.get().locale();
        String customer = account.customer().reference();
        Dispute dispute;
        try {
            try {
                dispute = disputes.open(DisputeForm.read(form, customer, found.get()), customer);
            } catch (TmfBadRequestException refused) {
                throw DisputeForm.refusal(refused, found.get());
            }
        } catch (InvalidFormException invalid) {
            return renderer.render(HttpStatus.BAD_REQUEST, "status/dispute", locale,
                    model.disputeForm(account, found.get(), token, locale, invalid, new LinkedMultiValueMap<>(form)));
        }
        log.info("Account page: dispute {} opened by its customer", dispute.id());
        return toCase(dispute.id(), locale);
    }

    @GetMapping("/{token}/lines/{line}/cancel")
    public ResponseEntity<String> cancelForm(@PathVariable String token, @PathVariable String line,
                                             @RequestParam(required = false) String lang, HttpServletRequest request) {
        Optional<Opened> opened = open(token, lang, request);
        Optional<Line> found = opened.flatMap(o -> o.account().line(line));
        if (found.isEmpty()) {
            return notFound(request, lang);
        }
        Locale locale = opened.get().locale();
        return renderer.render(HttpStatus.OK, "status/cancel", locale,
                model.cancelForm(opened.get().account(), found.get(), token, locale, null, null));
    }

    @PostMapping("/{token}/lines/{line}/cancel")
    public ResponseEntity<String> cancel(@PathVariable String token, @PathVariable String line,
                                         @RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
        String lang = form.getFirst("lang");
        Optional<Opened> opened = open(token, lang, request);
        Optional<Line> found = opened.flatMap(o -> o.account().line(line));
        if (found.isEmpty()) {
            return notFound(request, lang);
        }
        Account account = opened.get().account();
        Locale locale = opened.get().locale();
        String customer = account.customer().reference();
        String reference;
        try {
            try {
                reference = cancellations.open(CancellationForm.read(form, customer, found.get().lineNumber()), customer);
            } catch (TmfBadRequestException refused) {
                throw CancellationForm.refusal(refused);
            } catch (CancellationIntake.AlreadyRequestedException underWay) {
                // another tab or a double click was first: the page names that case and links to it
                throw new InvalidFormException("error.cancel.alreadyRequested");
            }
        } catch (InvalidFormException invalid) {
            // read again: a cancellation that is now under way is shown with its link
            Account now = reader.read(customer).orElse(account);
            Line shown = now.line(line).orElse(found.get());
            return renderer.render(HttpStatus.BAD_REQUEST, "status/cancel", locale,
                    model.cancelForm(now, shown, token, locale, invalid, new LinkedMultiValueMap<>(form)));
        }
        log.info("Account page: cancellation {} requested by its customer", reference);
        return toCase(reference, locale);
    }

    /** The process is not deployed on this engine: nothing was kept; say so politely (not a 500 page). */
    @ExceptionHandler(DisputeUnavailableException.class)
    public ResponseEntity<String> unavailable(DisputeUnavailableException e, HttpServletRequest request) {
        log.error("Status page: dispute not opened: {}", e.getMessage());
        Locale locale = PageLanguage.fromBrowser(browserLocales(request)).orElse(PageLanguage.DEFAULT);
        return renderer.render(HttpStatus.SERVICE_UNAVAILABLE, "status/error", locale, statusModel.common(null, locale));
    }

    /** Whatever else goes wrong: a plain apology, never a stack trace or an engine message. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<String> failure(Exception e, HttpServletRequest request) {
        log.error("Account page failed on {} {}", request.getMethod(), "/status/account/…", e);
        Locale locale = PageLanguage.fromBrowser(browserLocales(request)).orElse(PageLanguage.DEFAULT);
        return renderer.render(HttpStatus.INTERNAL_SERVER_ERROR, "status/error", locale, statusModel.common(null, locale));
    }

    private ResponseEntity<String> toCase(String caseReference, Locale locale) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(caseLinks.pathFor(caseReference, locale) + "?lang=" + PageLanguage.tag(locale)))
                .build();
    }

    private record Opened(Account account, Locale locale) {
    }

    private Optional<Opened> open(String token, String lang, HttpServletRequest request) {
        Optional<AccountLinks.Opened> link = accountLinks.open(token);
        if (link.isEmpty()) {
            return Optional.empty();
        }
        return reader.read(link.get().customerReference()).map(account -> new Opened(account,
                locale(lang, link.get(), account, request)));
    }

    private ResponseEntity<String> notFound(HttpServletRequest request, String lang) {
        Locale locale = PageLanguage.parameter(lang)
                .or(() -> PageLanguage.fromBrowser(browserLocales(request)))
                .orElse(PageLanguage.DEFAULT);
        return renderer.render(HttpStatus.NOT_FOUND, "status/not-found", locale, statusModel.common(null, locale));
    }

    /** {@code ?lang=} (or the form's) first, then the link's language, the customer's, the browser's. */
    private static Locale locale(String lang, AccountLinks.Opened link, Account account, HttpServletRequest request) {
        return PageLanguage.parameter(lang)
                .or(() -> PageLanguage.supported(link.locale()))
                .or(() -> PageLanguage.supported(account.customer().locale()))
                .or(() -> PageLanguage.fromBrowser(browserLocales(request)))
                .orElse(PageLanguage.DEFAULT);
    }

    private static List<Locale> browserLocales(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? List.of() : Collections.list(request.getLocales());
    }
}
