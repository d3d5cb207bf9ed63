package org.regionaltc.system;

import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends every open session of an account that changed; a session keeps the rights it signed in with otherwise. */
@Component
@ConditionalOnWebApplication
class SessionExpiry {

    private final SessionRegistry sessions;

    SessionExpiry(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void on(AccountChanged changed) {
        String username = changed.username().toLowerCase(Locale.ROOT);
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof SignedInUser user && user.getUsername().toLowerCase(Locale.ROOT).equals(username)) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(changed.keepSessionId())) {
                        session.expireNow();
                    }
                }
            }
        }
    }
}
