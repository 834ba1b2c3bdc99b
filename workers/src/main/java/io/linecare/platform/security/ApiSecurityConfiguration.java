package io.linecare.platform.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
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
                .httpBasic(Customizer.withDefaults())
                // stateless basic-auth API: no session cookie, so no CSRF to defend
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
