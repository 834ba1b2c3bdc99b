package io.linecare.communication.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.linecare.customer.Customer;
import io.linecare.customer.CustomerDirectory;
import io.linecare.platform.identity.LinecareGroup;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;
import io.linecare.platform.security.CamundaIdentityAuthenticationProvider;
import io.linecare.platform.tmf.TmfError;
import io.linecare.platform.tmf.TmfNotFoundException;

/**
 * {@code GET /api/customers/{reference}/account-link}: the customer's signed account-page link, for an
 * agent to send or read out (frontline, billing, retention and admins: the groups that take disputes and
 * cancellations for callers). The link opens the customer's lines, bills and cases without a login, so it
 * is handed out to these groups only; it expires like the case links.
 */
@RestController
@RequestMapping("/api/customers")
@ConditionalOnRole(Role.ENGINE)
public class AccountLinkController {

    static final Set<String> GROUPS = Set.of(LinecareGroup.FRONTLINE.id(), LinecareGroup.BILLING.id(),
            LinecareGroup.RETENTION.id(), LinecareGroup.ADMINS.id());

    private final CustomerDirectory customers;
    private final AccountLinks links;

    public AccountLinkController(CustomerDirectory customers, AccountLinks links) {
        this.customers = customers;
        this.links = links;
    }

    /**
     * @param customer  the customer's reference, e.g. CU-000042
     * @param href      the account page, for the customer
     * @param expiresAt when the link stops working (UTC)
     */
    public record AccountLinkResource(String customer, String href, OffsetDateTime expiresAt) {
    }

    @GetMapping(path = "/{reference}/account-link", produces = MediaType.APPLICATION_JSON_VALUE)
    public AccountLinkResource accountLink(@PathVariable String reference, Authentication user) {
        requireGroup(user);
        Customer customer = customers.findByReference(reference)
                .orElseThrow(() -> new TmfNotFoundException("No customer " + reference));
        AccountLinks.AccountLink link = links.linkFor(customer.reference(), customer.locale());
        return new AccountLinkResource(link.customerReference(), link.url(), link.expiresAt().atOffset(ZoneOffset.UTC));
    }

    /** Thrown inside the controller, so Spring Security's handler never sees it: answered here. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<TmfError> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                .body(new TmfError("forbidden", HttpStatus.FORBIDDEN.getReasonPhrase(), e.getMessage(), "403"));
    }

    private static void requireGroup(Authentication user) {
        boolean allowed = user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX)
                        && GROUPS.contains(authority.substring(CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length())));
        if (!allowed) {
            throw new AccessDeniedException("Only frontline, billing, retention and linecare-admins may hand out account links");
        }
    }
}
