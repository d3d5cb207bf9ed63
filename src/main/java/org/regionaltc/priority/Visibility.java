package org.regionaltc.priority;

import java.util.Optional;
import org.regionaltc.system.Role;
import org.regionaltc.system.SignedInUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees what. Endorsed and closed cycles are published: everyone sees their submitted priorities. Open cycles and
 * cycles under consolidation are seen by the secretariat and focal points, but a focal point sees only their own
 * countries' submissions (and the secretariat's consolidated priorities), never another country's drafts.
 */
final class Visibility {

    private Visibility() {
    }

    public static boolean canSee(Optional<SignedInUser> user, ReviewCycle cycle) {
        if (cycle.published() || user.filter(SignedInUser::isSecretariat).isPresent()) {
            return true;
        }
        return cycle.status() != CycleStatus.DRAFT && user.filter(u -> u.role() == Role.FOCAL_POINT).isPresent();
    }

    public static boolean canSee(Optional<SignedInUser> user, ReviewCycle cycle, Priority priority) {
        if (!canSee(user, cycle)) {
            return false;
        }
        if (user.filter(SignedInUser::isSecretariat).isPresent()) {
            return true;
        }
        String owner = priority.ownerCountryCode();
        if (owner != null && user.filter(u -> u.canActFor(owner)).isPresent()) {
            return true;
        }
        return priority.status() == PriorityStatus.SUBMITTED && (cycle.published() || priority.consolidated());
    }

    public static ReviewCycle requireVisible(ReviewCycle cycle) {
        if (!canSee(SignedInUser.current(), cycle)) {
            throw new AccessDeniedException("review cycle " + cycle.id() + " is not published");
        }
        return cycle;
    }

    public static void requireActFor(String countryCode) {
        if (SignedInUser.current().filter(u -> u.canActFor(countryCode)).isEmpty()) {
            throw new AccessDeniedException("not a focal point of " + countryCode);
        }
    }
}
