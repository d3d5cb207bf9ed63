package org.regionaltc.reference;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Reference data is published to everyone; a country's profile is edited by its focal points and the secretariat. */
@Component
class ReferenceAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/countries", "/countries/{code}", "/groupings", "/groupings/{code}",
                "/themes", "/codelists", "/codelists/{name}", "/financing-bodies", "/financing-bodies/{code}").permitAll()
            .requestMatchers("/countries/{code}/profile").hasAnyRole("OFFICER", "FOCAL_POINT");
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/countries", "/api/countries/{code}", "/api/groupings",
                "/api/themes", "/api/codelists", "/api/codelists/{name}", "/api/financing-bodies").permitAll()
            .requestMatchers(HttpMethod.PUT, "/api/countries/{code}/profile").hasAnyRole("OFFICER", "FOCAL_POINT");
    }
}
