package org.regionaltc.offer;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Offers are read like their priorities (controllers hide unpublished cycles and, from focal points, other
 * countries' offers); focal points and the secretariat write them; only the secretariat confirms them into
 * co-financing. The mobilization views are for signed-in users, each seeing what its role may.
 */
@Component
class OfferAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.POST, "/mobilization/projects/{projectId}/national-offers/{offerId}/confirmations")
            .hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/priorities/{priorityId}/national-offers", "/cycles/{cycleId}/national-offers",
                "/cycles/{cycleId}/national-offers.csv", "/cycles/compare/national-offers").permitAll()
            .requestMatchers(HttpMethod.POST, "/priorities/{priorityId}/national-offers", "/national-offers/{offerId}",
                "/national-offers/{offerId}/delete").hasAnyRole("OFFICER", "FOCAL_POINT")
            .requestMatchers(HttpMethod.GET, "/mobilization/national-offers",
                "/mobilization/projects/{projectId}/national-offers").authenticated();
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.POST, "/api/national-offers/{offerId}/confirmations").hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/api/cycles/{cycleId}/national-offers",
                "/api/cycles/{cycleId}/national-offers/figures", "/api/priorities/{priorityId}/national-offers",
                "/api/cycles/compare/national-offers")
            .permitAll()
            .requestMatchers(HttpMethod.POST, "/api/priorities/{priorityId}/national-offers")
            .hasAnyRole("OFFICER", "FOCAL_POINT")
            .requestMatchers(HttpMethod.PUT, "/api/national-offers/{offerId}").hasAnyRole("OFFICER", "FOCAL_POINT")
            .requestMatchers(HttpMethod.DELETE, "/api/national-offers/{offerId}").hasAnyRole("OFFICER", "FOCAL_POINT");
    }
}
