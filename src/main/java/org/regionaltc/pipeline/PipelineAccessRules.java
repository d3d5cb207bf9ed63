package org.regionaltc.pipeline;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Signed-in users see the proposals of their scope (checked in the queries); the secretariat moves them. */
@Component
class PipelineAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/pipeline/new").hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/pipeline", "/pipeline/{proposalId}").authenticated()
            .requestMatchers(HttpMethod.POST, "/pipeline", "/pipeline/{proposalId}/moves", "/pipeline/stages")
            .hasRole("OFFICER");
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/proposals", "/api/proposals/{proposalId}",
                "/api/pipeline-stages").authenticated()
            .requestMatchers(HttpMethod.POST, "/api/proposals", "/api/proposals/{proposalId}/moves").hasRole("OFFICER")
            .requestMatchers(HttpMethod.PUT, "/api/pipeline-stages/{stage}").hasRole("OFFICER");
    }
}
