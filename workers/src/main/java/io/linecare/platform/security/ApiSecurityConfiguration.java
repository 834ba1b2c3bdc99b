package io.linecare.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import io.linecare.platform.identity.LinecareGroup;

/**
 * Security for Linecare's own HTTP surface. The Camunda webapps and /engine-rest keep their own
 * authentication and are not matched here; the customer status page is reached by signed token.
 * Everything under /tmf-api, /api and /dev needs HTTP basic credentials of an engine user.
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurityConfiguration {

    public static final String ADMINS = CamundaIdentityAuthenticationProvider.GROUP_PREFIX + LinecareGroup.ADMINS.id();

    @Bean
    CamundaIdentityAuthenticationProvider camundaIdentityAuthenticationProvider(ObjectProvider<IdentityService> identity) {
        return new CamundaIdentityAuthenticationProvider(identity);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider) throws Exception {
        http.securityMatcher("/tmf-api/**", "/api/**", "/dev/**")
                .authenticationProvider(provider)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/dev/**").hasAuthority(ADMINS)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(this::unauthorized))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(this::unauthorized)
                        .accessDeniedHandler((request, response, denied) -> writeError(response, HttpStatus.FORBIDDEN,
                                "forbidden", "Your groups do not allow this")))
                // stateless basic-auth API: no session cookie, so no CSRF to defend
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Linecare\"");
        writeError(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Send HTTP basic credentials of a Linecare user");
    }

    private static void writeError(HttpServletResponse response, HttpStatus status, String code, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"code\":\"" + code + "\",\"reason\":\"" + status.getReasonPhrase()
                + "\",\"message\":\"" + message + "\",\"status\":\"" + status.value() + "\"}");
    }
}
