package io.linecare.repair.ticket;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.linecare.platform.identity.LinecareGroup;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;
import io.linecare.platform.security.CamundaIdentityAuthenticationProvider;
import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.platform.tmf.TmfError;
import io.linecare.platform.tmf.TmfFields;
import io.linecare.platform.tmf.TmfNotFoundException;
import io.linecare.platform.tmf.TmfPage;

/**
 * TMF621 troubleTicket: fault intake and the read side of fault repair. Every authenticated staff
 * user may read; opening and changing tickets needs frontline, dispatch or linecare-admins.
 */
@RestController
@RequestMapping(TroubleTicketReader.BASE)
@ConditionalOnRole(Role.ENGINE)
public class TroubleTicketController {

    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    /** Groups whose members may open tickets and add notes or change the severity. */
    public static final Set<String> INTAKE_GROUPS = Set.of(LinecareGroup.FRONTLINE.id(),
            LinecareGroup.DISPATCH.id(), LinecareGroup.ADMINS.id());

    private static final Logger log = LoggerFactory.getLogger(TroubleTicketController.class);

    private final TroubleTicketService service;
    private final TroubleTicketReader reader;
    private final TroubleTicketRequests requests;
    private final TmfFields fields;

    public TroubleTicketController(TroubleTicketService service, TroubleTicketReader reader,
                                   TroubleTicketRequests requests, TmfFields fields) {
        this.service = service;
        this.reader = reader;
        this.requests = requests;
        this.fields = fields;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<TroubleTicketResource> create(@RequestBody byte[] body, Authentication user) {
        requireIntakeGroup(user, "open trouble tickets");
        TicketDraft draft = requests.parseCreate(body);
        Ticket ticket = service.open(draft, user.getName());
        TroubleTicketResource created = reader.find(ticket.id()).orElseThrow();
        return ResponseEntity.created(URI.create(created.href())).body(created);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<Object>> list(
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "relatedParty.id", required = false) String customerReference,
            @RequestParam(name = "severity", required = false) String severity,
            @RequestParam(name = "fields", required = false) String selectedFields,
            @RequestParam(name = "offset", required = false) Integer offset,
            @RequestParam(name = "limit", required = false) Integer limit) {
        TmfPage page = TmfPage.of(offset, limit);
        TicketFilter filter = new TicketFilter(
                parameter("status", status, TicketStatus::fromCode, TicketStatus.codes()),
                blankToNull(customerReference),
                parameter("severity", severity, Severity::fromCode, Severity.codes()));
        List<TroubleTicketResource> items = reader.search(filter, page.offset(), page.limit());
        return page.respond(fields.selectAll(items, selectedFields), reader.count(filter));
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Object get(@PathVariable String id,
                      @RequestParam(name = "fields", required = false) String selectedFields) {
        return fields.select(reader.find(id).orElseThrow(() -> notFound(id)), selectedFields);
    }

    @PatchMapping(path = "/{id}", consumes = {MERGE_PATCH_JSON, MediaType.APPLICATION_JSON_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    public TroubleTicketResource patch(@PathVariable String id, @RequestBody byte[] body, Authentication user) {
        requireIntakeGroup(user, "change trouble tickets");
        if (!TicketReference.isValid(id)) {
            throw notFound(id);
        }
        TicketPatch patch = requests.parsePatch(body);
        service.change(id, patch, user.getName());
        return reader.find(id).orElseThrow(() -> notFound(id));
    }

    /** Thrown inside the controller, so Spring Security's handler never sees it: answered here. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<TmfError> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                .body(new TmfError("forbidden", HttpStatus.FORBIDDEN.getReasonPhrase(), e.getMessage(), "403"));
    }

    @ExceptionHandler(FaultRepairUnavailableException.class)
    ResponseEntity<TmfError> processUnavailable(FaultRepairUnavailableException e) {
        log.error("Trouble ticket not opened: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                .body(new TmfError("processUnavailable", HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(),
                        e.getMessage(), "503"));
    }

    static void requireIntakeGroup(Authentication user, String what) {
        boolean allowed = user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX)
                        && INTAKE_GROUPS.contains(authority.substring(
                        CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length())));
        if (!allowed) {
            throw new AccessDeniedException("Only frontline, dispatch and linecare-admins may " + what);
        }
    }

    private static TmfNotFoundException notFound(String id) {
        return new TmfNotFoundException("No trouble ticket " + id);
    }

    private static <T> T parameter(String name, String value, Function<String, Optional<T>> parse, String allowed) {
        String given = blankToNull(value);
        if (given == null) {
            return null;
        }
        return parse.apply(given).orElseThrow(() -> new TmfBadRequestException("invalidParameter",
                name + " '" + given + "' is not known; use " + allowed));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
