package org.regionaltc.priority;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Published cycles are open to all (controllers hide unpublished ones and other countries' drafts); focal points
 * write their own countries' submissions; only the secretariat creates, moves, consolidates and endorses cycles.
 */
@Component
class PriorityAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/cycles/new", "/cycles/{cycleId}/consolidation",
                "/cycles/{cycleId}/relinking").hasRole("OFFICER")
            .requestMatchers(HttpMethod.POST, "/cycles", "/cycles/{cycleId}/status", "/cycles/{cycleId}/consolidated",
                "/cycles/{cycleId}/weights", "/cycles/{cycleId}/endorsement", "/cycles/{cycleId}/relinking")
            .hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/programme", "/cycles", "/cycles/compare", "/cycles/{cycleId}",
                "/cycles/{cycleId}/priorities.csv").permitAll()
            .requestMatchers("/cycles/{cycleId}/countries/{code}", "/cycles/{cycleId}/countries/{code}/priorities",
                "/cycles/{cycleId}/countries/{code}/priorities/new", "/priorities/{priorityId}",
                "/priorities/{priorityId}/edit", "/priorities/{priorityId}/status").hasAnyRole("OFFICER", "FOCAL_POINT");
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/cycles/{cycleId}/impact").hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/api/programme", "/api/cycles", "/api/cycles/compare",
                "/api/cycles/{cycleId}", "/api/cycles/{cycleId}/priorities").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/cycles", "/api/cycles/{cycleId}/transitions",
                "/api/cycles/{cycleId}/consolidated", "/api/cycles/{cycleId}/weights",
                "/api/cycles/{cycleId}/endorsement").hasRole("OFFICER")
            .requestMatchers("/api/cycles/{cycleId}/countries/{code}/priorities", "/api/priorities/{priorityId}")
            .hasAnyRole("OFFICER", "FOCAL_POINT");
    }
}
