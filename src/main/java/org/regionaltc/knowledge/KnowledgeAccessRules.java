package org.regionaltc.knowledge;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Lessons and search are open to everyone, each lesson and hit as {@link LessonAccess} and the search index's
 * visibility say; focal points and the secretariat write lessons, the secretariat publishes them.
 */
@Component
class KnowledgeAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/lessons/new", "/lessons/{lessonId}/edit")
                .hasAnyRole("OFFICER", "FOCAL_POINT")
            .requestMatchers(HttpMethod.GET, "/lessons", "/lessons/{lessonId}", "/lessons/{lessonId}/documents/{documentId}",
                "/search").permitAll()
            .requestMatchers(HttpMethod.POST, "/lessons", "/lessons/{lessonId}", "/lessons/{lessonId}/documents")
                .hasAnyRole("OFFICER", "FOCAL_POINT")
            .requestMatchers(HttpMethod.POST, "/lessons/{lessonId}/publication").hasRole("OFFICER");
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/lessons", "/api/lessons/{lessonId}", "/api/search").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/lessons").hasAnyRole("OFFICER", "FOCAL_POINT")
            .requestMatchers(HttpMethod.PUT, "/api/lessons/{lessonId}").hasAnyRole("OFFICER", "FOCAL_POINT")
            .requestMatchers(HttpMethod.POST, "/api/lessons/{lessonId}/publication").hasRole("OFFICER");
    }
}
