package org.regionaltc.system;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The routes of one feature and who may reach them, declared next to its controllers. The security
 * configuration applies every feature's rules, then refuses any registered route that none of them names.
 */
public interface AccessRules {

    /** The pages: form login and CSRF protection. */
    default void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
    }

    /** The REST API under /api: HTTP Basic, stateless. */
    default void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
    }
}
