package org.regionaltc.funding;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Signed-in users read what their scope allows (checked in the queries); only the secretariat writes. */
@Component
class FundingAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/funding/ledger/new", "/funding/ledger/import",
                "/funding/windows/{windowId}/edit").hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/funding/rates", "/funding/ledger", "/funding/windows").authenticated()
            .requestMatchers(HttpMethod.POST, "/funding/rates", "/funding/rates/import", "/funding/ledger",
                "/funding/ledger/import", "/funding/ledger/{entryId}/delete", "/funding/windows", "/funding/windows/{windowId}",
                "/funding/cofinancing")
            .hasRole("OFFICER");
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/exchange-rates", "/api/ledger-entries", "/api/funding-windows",
                "/api/funding-windows/{windowId}", "/api/cofinancing").authenticated()
            .requestMatchers(HttpMethod.POST, "/api/exchange-rates", "/api/exchange-rates/import", "/api/ledger-entries",
                "/api/ledger-entries/import", "/api/funding-windows", "/api/cofinancing").hasRole("OFFICER")
            .requestMatchers(HttpMethod.PUT, "/api/funding-windows/{windowId}").hasRole("OFFICER")
            .requestMatchers(HttpMethod.DELETE, "/api/ledger-entries/{entryId}").hasRole("OFFICER");
    }
}
