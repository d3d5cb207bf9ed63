package org.regionaltc.optimizer;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The allocation engine's page and API are the secretariat's alone: the recommendation is theirs to make. */
@Component
class OptimizerAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/optimizer", "/optimizer/runs/{runId}", "/optimizer/scenarios/{scenarioId}",
                "/optimizer/compare").hasRole("OFFICER")
            .requestMatchers(HttpMethod.POST, "/optimizer/runs", "/optimizer/runs/{runId}/accept",
                "/optimizer/runs/{runId}/scenario", "/optimizer/scenarios/{scenarioId}/runs").hasRole("OFFICER");
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.POST, "/api/optimizer/solve").hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/api/optimizer/problem").hasRole("OFFICER");
    }
}
