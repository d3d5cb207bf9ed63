package org.regionaltc.alliance;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Partners, agreements and cooperation links are public (as {@link AllianceVisibility} says); the secretariat keeps them. */
@Component
class AllianceAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/partners/new", "/agreements/new", "/cooperation/new").hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/partners", "/cooperation").permitAll()
            .requestMatchers(HttpMethod.POST, "/partners", "/agreements", "/cooperation").hasRole("OFFICER");
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/agreements/due").hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/api/partners", "/api/agreements", "/api/cooperation-links").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/partners", "/api/agreements", "/api/cooperation-links").hasRole("OFFICER");
    }
}
