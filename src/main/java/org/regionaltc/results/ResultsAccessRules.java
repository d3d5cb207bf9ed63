package org.regionaltc.results;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The secretariat records results; every signed-in user reads the roll-ups. */
@Component
class ResultsAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/results").authenticated()
            .requestMatchers(HttpMethod.POST, "/projects/{id}/outcomes", "/projects/{id}/outcomes/{outcomeId}/indicators",
                "/projects/{id}/indicators/{indicatorId}/values").hasRole("OFFICER");
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/results/rollup").authenticated()
            .requestMatchers(HttpMethod.POST, "/api/projects/{id}/outcomes",
                "/api/projects/{id}/outcomes/{outcomeId}/indicators").hasRole("OFFICER")
            .requestMatchers(HttpMethod.PUT, "/api/projects/{id}/indicators/{indicatorId}/values").hasRole("OFFICER");
    }
}
