package io.linecare.dispute;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.linecare.billing.HoldService;
import io.linecare.platform.identity.LinecareGroup;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;
import io.linecare.platform.security.CamundaIdentityAuthenticationProvider;
import io.linecare.platform.tmf.TmfError;
import io.linecare.platform.tmf.TmfNotFoundException;

/**
 * Billing disputes: {@code POST /api/disputes} opens one (frontline, billing, billing-managers and
 * admins: the groups that start billing-dispute) and {@code GET /api/disputes/{id}} shows it with its
 * decisions, appeal and hold (any staff user).
 */
@RestController
@RequestMapping(DisputeController.BASE)
@ConditionalOnRole(Role.ENGINE)
public class DisputeController {

    public static final String BASE = "/api/disputes";

    static final Set<String> INTAKE_GROUPS = Set.of(LinecareGroup.FRONTLINE.id(), LinecareGroup.BILLING.id(),
            LinecareGroup.BILLING_MANAGERS.id(), LinecareGroup.ADMINS.id());

    private static final Logger log = LoggerFactory.getLogger(DisputeController.class);

    private final DisputeService disputes;
    private final DisputeRequests requests;
    private final HoldService holds;

    public DisputeController(DisputeService disputes, DisputeRequests requests, HoldService holds) {
        this.disputes = disputes;
        this.requests = requests;
        this.holds = holds;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<DisputeResource> open(@RequestBody byte[] body, Authentication user) {
        requireIntakeGroup(user);
        Dispute dispute = disputes.open(requests.parse(body), user.getName());
        DisputeResource created = resource(dispute);
        return ResponseEntity.created(URI.create(created.href())).body(created);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public DisputeResource get(@PathVariable String id) {
        if (!DisputeReference.isValid(id)) {
            throw notFound(id);
        }
        return resource(disputes.find(id).orElseThrow(() -> notFound(id)));
    }

    private DisputeResource resource(Dispute dispute) {
        String id = dispute.id();
        return new DisputeResource(id, BASE + "/" + id, dispute.status(), dispute.customerReference(),
                dispute.billReference(), dispute.reason(), dispute.channel(), dispute.disputedAmount(),
                disputes.lines(id).stream().map(l -> new DisputeResource.Line(l.billLineId(), l.amount())).toList(),
                utc(dispute.createdAt()), dispute.createdBy(), utc(dispute.decisionBy()),
                utc(dispute.regulatoryDecisionBy()),
                disputes.decisions(id).stream().map(d -> new DisputeResource.DecisionView(d.stage().code(), d.decision(),
                        d.creditAmount(), d.reason(), d.decidedBy(), utc(d.decidedAt()))).toList(),
                disputes.appeal(id).map(a -> new DisputeResource.AppealView(a.reason(), utc(a.appealedAt()),
                        utc(a.decideBy()))).orElse(null),
                holds.find(id).map(h -> new DisputeResource.HoldView(h.status().code(), h.amount(), h.convertedAmount()))
                        .orElse(null),
                utc(dispute.closedAt()));
    }

    /** Thrown inside the controller, so Spring Security's handler never sees it: answered here. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<TmfError> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                .body(new TmfError("forbidden", HttpStatus.FORBIDDEN.getReasonPhrase(), e.getMessage(), "403"));
    }

    @ExceptionHandler(DisputeUnavailableException.class)
    ResponseEntity<TmfError> processUnavailable(DisputeUnavailableException e) {
        log.error("Dispute not opened: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                .body(new TmfError("processUnavailable", HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(),
                        e.getMessage(), "503"));
    }

    private static void requireIntakeGroup(Authentication user) {
        boolean allowed = user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX)
                        && INTAKE_GROUPS.contains(authority.substring(
                        CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length())));
        if (!allowed) {
            throw new AccessDeniedException("Only frontline, billing, billing-managers and linecare-admins may open disputes");
        }
    }

    private static TmfNotFoundException notFound(String id) {
        return new TmfNotFoundException("No billing dispute " + id);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
