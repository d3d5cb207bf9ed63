package org.regionaltc.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The last rule: a request that reaches a registered endpoint no earlier rule named is refused, so an endpoint
 * added without a rule is closed; a request that matches no endpoint passes on, to a static file or the 404 page.
 */
final class UnmappedRoutes implements AuthorizationManager<RequestAuthorizationContext> {

    private final ApplicationContext context;
    private volatile Collection<RequestMappingInfoHandlerMapping> mappings;

    UnmappedRoutes(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext object) {
        return new AuthorizationDecision(!isMapped(object.getRequest()));
    }

    private boolean isMapped(HttpServletRequest request) {
        for (RequestMappingInfoHandlerMapping mapping : mappings()) {
            try {
                if (mapping.getHandler(request) != null) {
                    return true;
                }
            } catch (Exception mappedButNotForThisMethodOrMediaType) {
                return true;
            }
        }
        return false;
    }

    private Collection<RequestMappingInfoHandlerMapping> mappings() {
        if (mappings == null) {
            mappings = context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values();
        }
        return mappings;
    }
}
