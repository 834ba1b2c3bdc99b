package io.linecare.platform.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

@Configuration(proxyBeanMethods = false)
@ConditionalOnRole(Role.WEB)
public class AdminSetupGuardConfiguration {

    @Bean
    FilterRegistrationBean<AdminSetupGuardFilter> adminSetupGuard(ProcessEngine engine) {
        FilterRegistrationBean<AdminSetupGuardFilter> registration =
                new FilterRegistrationBean<>(new AdminSetupGuardFilter(engine.getIdentityService()));
        registration.setName("linecare-admin-setup-guard");
        registration.addUrlPatterns("/camunda/api/admin/setup/*");
        registration.setOrder(5);
        return registration;
    }
}
