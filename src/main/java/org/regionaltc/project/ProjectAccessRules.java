package org.regionaltc.project;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Published projects are public (unpublished ones are checked per project); the secretariat defines and moves
 * projects; focal points record their own countries' endorsements (checked per country).
 */
@Component
class ProjectAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/projects/new", "/projects/{id}/edit").hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/projects", "/projects/{id}").permitAll()
            .requestMatchers(HttpMethod.POST, "/projects/{id}/endorsements/{code}").hasAnyRole("OFFICER", "FOCAL_POINT")
            .requestMatchers(HttpMethod.POST, "/projects", "/projects/{id}", "/projects/{id}/status",
                "/projects/{id}/approval", "/projects/{id}/priorities").hasRole("OFFICER");
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/projects", "/api/projects/{id}", "/api/projects/{id}/alignment",
                "/api/projects/{id}/outcomes")
                .permitAll()
            .requestMatchers(HttpMethod.PUT, "/api/projects/{id}/endorsements/{code}").hasAnyRole("OFFICER", "FOCAL_POINT")
            .requestMatchers(HttpMethod.POST, "/api/projects", "/api/projects/{id}/status", "/api/projects/{id}/approval")
                .hasRole("OFFICER")
            .requestMatchers(HttpMethod.PUT, "/api/projects/{id}", "/api/projects/{id}/priorities").hasRole("OFFICER");
    }
}
