package io.linecare.retention.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.linecare.customer.CustomerDirectory;
import io.linecare.platform.identity.LinecareGroup;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;
import io.linecare.platform.security.CamundaIdentityAuthenticationProvider;
import io.linecare.platform.tmf.TmfError;
import io.linecare.platform.tmf.TmfNotFoundException;
import io.linecare.retention.CancellationIntake;
import io.linecare.retention.CancellationReference;
import io.linecare.retention.CancellationRequest;
import io.linecare.retention.CancellationSaveVariables;
import io.linecare.retention.CancellationService;

/**
 * Cancellation requests: frontline (for callers), retention and admins open them; any staff login
 * reads them. The warehouse's scan of returned equipment comes in here too.
 */
@RestController
@RequestMapping(CancellationController.BASE)
@ConditionalOnRole(Role.ENGINE)
public class CancellationController {

    public static final String BASE = "/api/cancellations";
    static final Set<String> INTAKE_GROUPS = Set.of(LinecareGroup.FRONTLINE.id(), LinecareGroup.RETENTION.id(),
            LinecareGroup.ADMINS.id());

    private final CancellationRequests requests;
    private final CancellationIntake intake;
    private final CancellationService cancellations;
    private final CustomerDirectory customers;
    private final RuntimeService runtimeService;
    private final JdbcClient jdbc;

    public CancellationController(CancellationRequests requests, CancellationIntake intake, CancellationService cancellations,
                                  CustomerDirectory customers, RuntimeService runtimeService, JdbcClient jdbc) {
        this.requests = requests;
        this.intake = intake;
        this.cancellations = cancellations;
        this.customers = customers;
        this.runtimeService = runtimeService;
        this.jdbc = jdbc;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CancellationResource> create(@RequestBody(required = false) byte[] body, Authentication user) {
        requireGroup(user, "take cancellation requests");
        String reference = intake.open(requests.parse(body), user.getName());
        CancellationResource created = read(reference);
        return ResponseEntity.created(URI.create(created.href())).body(created);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public CancellationResource get(@PathVariable String id) {
        return read(id);
    }

    /** The warehouse received the equipment: no reminder or fee from now on. */
    @PostMapping(path = "/{id}/equipment-return", produces = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    public CancellationResource equipmentReturned(@PathVariable String id, Authentication user) {
        requireGroup(user, "record returned equipment");
        read(id);
        if (cancellations.equipmentReturned(id)) {
            runtimeService.createMessageCorrelation(CancellationSaveVariables.MSG_EQUIPMENT_RETURNED)
                    .processInstanceBusinessKey(id).correlateAll();
        }
        return read(id);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<TmfError> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                .body(new TmfError("forbidden", HttpStatus.FORBIDDEN.getReasonPhrase(), e.getMessage(), "403"));
    }

    @ExceptionHandler(CancellationIntake.AlreadyRequestedException.class)
    ResponseEntity<TmfError> conflict(CancellationIntake.AlreadyRequestedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON)
                .body(new TmfError("alreadyRequested", HttpStatus.CONFLICT.getReasonPhrase(), e.getMessage(), "409"));
    }

    private CancellationResource read(String id) {
        CancellationRequest request = (CancellationReference.isValid(id) ? cancellations.find(id) : java.util.Optional.<CancellationRequest>empty())
                .orElseThrow(() -> new TmfNotFoundException("No cancellation request " + id));
        ZoneId zone = customers.findById(request.customerId()).map(c -> c.timeZone()).orElse(ZoneId.of("Asia/Shanghai"));
        CancellationResource.Offer offer = jdbc.sql("""
                        select o.offer_type, o.offer_value, o.offer_months, o.offer_cost, o.outcome, a.starts_on, a.ends_on,
                               a.plan_restored
                        from linecare.retention_offer o
                        left join linecare.retention_offer_applied a on a.cancellation_reference = o.cancellation_reference
                        where o.cancellation_reference = ? order by a.applied_at desc nulls last limit 1""")
                .param(id)
                .query((rs, row) -> new CancellationResource.Offer(rs.getString(1), rs.getBigDecimal(2), rs.getInt(3),
                        rs.getBigDecimal(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        (Boolean) rs.getObject(8)))
                .optional().orElse(null);
        return new CancellationResource(request.reference(), BASE + "/" + request.reference(), request.status(),
                request.customerReference(), request.lineNumber(), request.reason().code(), request.reasonDetail(),
                request.channel(), request.requestedEndDate(), request.serviceEndsAt().atZone(zone).toOffsetDateTime(), offer,
                request.finalCreditAmount(), cancellations.equipmentStatus(id).orElse(null), request.createdBy(),
                request.createdAt().atZone(zone).toOffsetDateTime(), request.lastUpdate().atZone(zone).toOffsetDateTime());
    }

    private static void requireGroup(Authentication user, String what) {
        boolean allowed = user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX)
                        && INTAKE_GROUPS.contains(a.substring(CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length())));
        if (!allowed) {
            throw new AccessDeniedException("Only frontline, retention and linecare-admins may " + what);
        }
    }

}
