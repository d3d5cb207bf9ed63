package org.regionaltc.alliance;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Partners, agreements and cooperation links are public (as {@link AllianceVisibility} says); the roster of experts is
 * for signed-in users (personal data for the secretariat only); the secretariat keeps them all.
 */
@Component
class AllianceAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/partners/new", "/agreements/new", "/cooperation/new", "/experts/new",
                "/experts/matches", "/experts/{expertId}/export", "/experts/{expertId}/edit").hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/experts", "/experts/{expertId}").authenticated()
            .requestMatchers(HttpMethod.POST, "/experts", "/experts/{expertId}", "/experts/{expertId}/erasure")
                .hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/partners", "/cooperation",
                "/agreements/{agreementId}/documents/{agreementDocumentId}").permitAll()
            .requestMatchers(HttpMethod.POST, "/agreements/{agreementId}/documents").hasRole("OFFICER")
            .requestMatchers(HttpMethod.POST, "/partners", "/agreements", "/cooperation").hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/partners/{partnerId}/edit", "/agreements/{agreementId}/edit",
                "/cooperation/{linkId}/edit").hasRole("OFFICER")
            .requestMatchers(HttpMethod.POST, "/partners/{partnerId}", "/agreements/{agreementId}",
                "/cooperation/{linkId}").hasRole("OFFICER");
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/agreements/due", "/api/experts/matches",
                "/api/experts/{expertId}/export").hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/api/experts", "/api/experts/{expertId}").authenticated()
            .requestMatchers(HttpMethod.POST, "/api/experts").hasRole("OFFICER")
            .requestMatchers(HttpMethod.PUT, "/api/experts/{expertId}").hasRole("OFFICER")
            .requestMatchers(HttpMethod.DELETE, "/api/experts/{expertId}").hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/api/partners", "/api/agreements", "/api/cooperation-links").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/partners", "/api/agreements", "/api/cooperation-links").hasRole("OFFICER")
            .requestMatchers(HttpMethod.PUT, "/api/partners/{partnerId}", "/api/agreements/{agreementId}",
                "/api/cooperation-links/{linkId}").hasRole("OFFICER");
    }
}
