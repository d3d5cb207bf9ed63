package org.regionaltc.iati;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Issue 12: anyone signed in may validate a file; the secretariat imports; the donor landscape is public. */
@Component
class IatiAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/iati/landscape").permitAll()
            .requestMatchers(HttpMethod.GET, "/iati").authenticated()
            .requestMatchers(HttpMethod.POST, "/iati/validate").authenticated()
            .requestMatchers(HttpMethod.POST, "/iati/import").hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/iati/import/{importId}").hasRole("OFFICER");
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.POST, "/api/iati/validate").authenticated()
            .requestMatchers(HttpMethod.POST, "/api/iati/import").hasRole("OFFICER");
    }
}
