package io.linecare.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import io.linecare.platform.identity.IdentityBootstrap;
import io.linecare.platform.identity.LinecareGroup;

/**
 * Camunda's setup page creates an administrator while no member of {@code camunda-admin} exists.
 * Linecare puts its administrators in both groups; this guard keeps the page closed even if someone
 * later removes them from {@code camunda-admin} in Admin.
 */
public class AdminSetupGuardFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    public AdminSetupGuardFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (anAdministratorExists()) {
            response.setContentType("application/json");
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"Setup is closed: an administrator exists.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean anAdministratorExists() {
        return identityService.createUserQuery().memberOfGroup(LinecareGroup.ADMINS.id()).count() > 0
                || identityService.createUserQuery().memberOfGroup(IdentityBootstrap.CAMUNDA_ADMIN_GROUP).count() > 0;
    }
}
