package org.regionaltc.financing;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Eligibility rules are published; contacts are for signed-in users; only the secretariat changes either. */
@Component
class FinancingAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/financing/bodies/new", "/financing/bodies/{body}/edit").hasRole("OFFICER")
            .requestMatchers(HttpMethod.POST, "/financing/bodies", "/financing/bodies/{body}").hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/financing/bodies/{body}").permitAll()
            .requestMatchers("/financing/bodies/{body}/contacts", "/financing/bodies/{body}/contacts/{contactId}/delete",
                "/financing/rules/new", "/financing/rules", "/financing/rules/{ruleId}", "/financing/rules/{ruleId}/edit",
                "/financing/rules/{ruleId}/delete")
            .hasRole("OFFICER");
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/financing-bodies/{body}/profile", "/api/eligibility-rules")
            .permitAll()
            .requestMatchers(HttpMethod.PUT, "/api/financing-bodies/{body}", "/api/eligibility-rules/{ruleId}")
            .hasRole("OFFICER")
            .requestMatchers(HttpMethod.POST, "/api/financing-bodies", "/api/financing-bodies/{body}/contacts",
                "/api/eligibility-rules")
            .hasRole("OFFICER")
            .requestMatchers(HttpMethod.DELETE, "/api/eligibility-rules/{ruleId}").hasRole("OFFICER");
    }
}
