package org.regionaltc.offer;

import java.util.Optional;
import org.regionaltc.priority.Priority;
import org.regionaltc.priority.ReviewCycle;
import org.regionaltc.priority.Visibility;
import org.regionaltc.system.SignedInUser;

/**
 * Who sees an offer: whoever sees its priority, except that until the cycle is published (endorsed) a focal point
 * sees only the offers of the countries they act for, never another country's draft offers.
 */
final class OfferRules {

    private OfferRules() {
    }

    static boolean canSee(Optional<SignedInUser> user, ReviewCycle cycle, Priority priority, NationalOffer offer) {
        return Visibility.canSee(user, cycle, priority)
            && (cycle.published() || user.filter(u -> u.canActFor(offer.countryCode())).isPresent());
    }

    static boolean isSecretariat(Optional<SignedInUser> user) {
        return user.filter(SignedInUser::isSecretariat).isPresent();
    }
}
