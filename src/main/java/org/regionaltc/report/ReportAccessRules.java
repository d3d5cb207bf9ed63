package org.regionaltc.report;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * An export is open to whoever may open its list, and holds what that list shows them; the programme workbook
 * and the review report are the secretariat's, a focal point reading the report of its own countries.
 */
@Component
class ReportAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/projects.csv", "/projects.xlsx", "/cycles/{cycleId}/priorities.xlsx")
                .permitAll()
            .requestMatchers(HttpMethod.GET, "/funding/ledger.csv", "/funding/ledger.xlsx", "/pipeline.csv",
                "/pipeline.xlsx", "/results.csv", "/results.xlsx", "/coverage/{table}.xlsx").authenticated()
            .requestMatchers(HttpMethod.GET, "/audit.csv", "/audit.xlsx", "/programme.xlsx").hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/cycles/{cycleId}/report", "/cycles/{cycleId}/report.pdf")
                .hasAnyRole("OFFICER", "FOCAL_POINT");
    }
}
