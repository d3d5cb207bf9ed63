package org.regionaltc.alignment;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Coverage, gaps and the portfolio score are for signed-in users, each computed over the projects they may see. */
@Component
class AlignmentAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/coverage", "/coverage/{table}.csv").authenticated();
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/portfolio/alignment", "/api/coverage/priorities",
            "/api/coverage/matrix", "/api/coverage/gaps", "/api/coverage/off-programme").authenticated();
    }
}
