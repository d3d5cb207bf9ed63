package org.regionaltc.dialogue;

import org.regionaltc.system.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The dialogue record is open to everyone, each meeting as {@link MeetingAccess} says; the secretariat keeps it. */
@Component
class DialogueAccessRules implements AccessRules {

    @Override
    public void web(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/meetings/new", "/meetings/{meetingId}/edit").hasRole("OFFICER")
            .requestMatchers(HttpMethod.GET, "/meetings", "/meetings/{meetingId}", "/actions").permitAll()
            .requestMatchers(HttpMethod.POST, "/meetings", "/meetings/{meetingId}", "/meetings/{meetingId}/decisions",
                "/meetings/{meetingId}/actions", "/actions/{actionId}/status").hasRole("OFFICER");
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/meetings", "/api/meetings/{meetingId}", "/api/actions").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/meetings", "/api/meetings/{meetingId}/decisions",
                "/api/meetings/{meetingId}/actions").hasRole("OFFICER")
            .requestMatchers(HttpMethod.PUT, "/api/meetings/{meetingId}", "/api/actions/{actionId}").hasRole("OFFICER");
    }
}
