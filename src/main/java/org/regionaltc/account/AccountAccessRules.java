package org.regionaltc.account;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** User management is for administrators; every signed-in user manages their own password. */
@Component
class AccountAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/admin/users", "/admin/users/**").hasRole("ADMIN")
            .requestMatchers("/account/**").authenticated();
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/api/users", "/api/users/**").hasRole("ADMIN")
            .requestMatchers(HttpMethod.GET, "/api/me").authenticated();
    }
}
