package org.regionaltc.system;

import org.jspecify.annotations.Nullable;

/**
 * Published when an account's role, bindings, status or password change, so that its open sessions end and the
 * next request signs in with the new rights. {@code keepSessionId} is the session that made the change itself.
 */
public record AccountChanged(String username, @Nullable String keepSessionId) {
}
