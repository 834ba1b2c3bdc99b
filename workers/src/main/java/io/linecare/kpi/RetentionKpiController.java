package io.linecare.kpi;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.linecare.platform.identity.LinecareGroup;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;
import io.linecare.platform.security.CamundaIdentityAuthenticationProvider;
import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.platform.tmf.TmfError;

/**
 * {@code GET /api/kpi/retention?from=2026-01-01&to=2026-03-31}: the cancellation-save measures (save rate
 * per offer type and reason, re-churn at 90 days, cost of offers, time to cancel) over the requests taken
 * in the period. For retention, process owners and admins; other staff get 403.
 */
@RestController
@RequestMapping(RetentionKpiController.PATH)
// like the other Linecare APIs: credentials are checked against the engine's identity service
@ConditionalOnRole(Role.ENGINE)
public class RetentionKpiController {

    public static final String PATH = "/api/kpi/retention";
    static final Set<String> READERS = Set.of(LinecareGroup.RETENTION.id(), LinecareGroup.PROCESS_OWNERS.id(),
            LinecareGroup.ADMINS.id());

    private final RetentionKpiQueries queries;

    public RetentionKpiController(RetentionKpiQueries queries) {
        this.queries = queries;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public RetentionKpis retention(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                   Authentication user) {
        requireReader(user);
        List<String> problems = new ArrayList<>();
        LocalDate start = date("from", from, problems);
        LocalDate end = date("to", to, problems);
        if (start != null && end != null && start.isAfter(end)) {
            problems.add("from " + start + " is after to " + end);
        }
        if (!problems.isEmpty()) {
            throw new TmfBadRequestException("invalidParameter", String.join("; ", problems));
        }
        return queries.measure(start, end);
    }

    /** Thrown inside the controller, so Spring Security's handler never sees it: answered here. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<TmfError> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                .body(new TmfError("forbidden", HttpStatus.FORBIDDEN.getReasonPhrase(), e.getMessage(), "403"));
    }

    private static LocalDate date(String name, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(name + " must be a date such as 2026-01-31, not '" + value + "'");
            return null;
        }
    }

    private static void requireReader(Authentication user) {
        boolean allowed = user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX)
                        && READERS.contains(a.substring(CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length())));
        if (!allowed) {
            throw new AccessDeniedException("Only retention, process-owners and linecare-admins may read the retention measures");
        }
    }
}
