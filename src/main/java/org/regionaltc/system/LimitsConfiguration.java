package org.regionaltc.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** The limits of {@link LimitSettings} that act before Spring MVC: body sizes. */
@Configuration
class LimitsConfiguration {

    @Bean
    FilterRegistrationBean<BodyLimits> bodyLimits(LimitSettings settings,
            @Value("${spring.servlet.multipart.max-request-size:50MB}") DataSize upload, MessageSource messages,
            LocaleResolver locales, JsonMapper json) {
        FilterRegistrationBean<BodyLimits> registration = new FilterRegistrationBean<>(
            new BodyLimits(settings, upload, messages, locales, json));
        // Before Spring Security (-100), whose CSRF check reads a form's parameters, and so its body.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
