package org.regionaltc.mobilization;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Signed-in users; each view keeps to the viewer's financing body or countries. */
@Component
class MobilizationAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/mobilization", "/mobilization/projects/{projectId}",
            "/mobilization/portfolios/{body}").authenticated();
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/mobilization/gaps", "/api/mobilization/over-budget",
            "/api/mobilization/gap-totals",
            "/api/mobilization/concentration", "/api/mobilization/deadlines", "/api/mobilization/ratios",
            "/api/mobilization/projects/{projectId}", "/api/mobilization/portfolios/{body}").authenticated();
    }
}
