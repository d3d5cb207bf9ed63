package org.regionaltc.audit;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The audit trail is read by the secretariat (officers and administrators). */
@Component
class AuditAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/audit").hasRole("OFFICER");
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/audit").hasRole("OFFICER");
    }
}
