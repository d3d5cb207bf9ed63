package org.regionaltc.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
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
        for (SessionInformation session : sessionsOf(changed.username())) {
            if (!session.getSessionId().equals(changed.keepSessionId())) {
                session.expireNow();
            }
        }
    }

    private List<SessionInformation> sessionsOf(String username) {
        if (sessions instanceof SpringSessionBackedSessionRegistry<?>) {
            // Sessions in the database, indexed by the principal's name as it signed in (the account's username):
            // those of every node, and an expiry marked here is seen by the node that serves the session next.
            return sessions.getAllSessions(username, false);
        }
        String key = username.toLowerCase(Locale.ROOT);
        List<SessionInformation> found = new ArrayList<>();
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof SignedInUser user && user.getUsername().toLowerCase(Locale.ROOT).equals(key)) {
                found.addAll(sessions.getAllSessions(principal, false));
            }
        }
        return found;
    }
}
