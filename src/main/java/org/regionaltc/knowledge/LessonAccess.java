package org.regionaltc.knowledge;

import java.util.Optional;
import org.regionaltc.system.Role;
import org.regionaltc.system.SignedInUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who reads and writes a lesson. The secretariat: every lesson. A published PUBLIC lesson: everyone; a published
 * INTERNAL one: signed-in users. A draft: the secretariat and the focal points of one of its countries. A focal point
 * writes drafts for their own countries only; only the secretariat publishes.
 */
final class LessonAccess {

    private LessonAccess() {
    }

    static boolean canRead(Optional<SignedInUser> user, Lesson lesson) {
        if (user.filter(SignedInUser::isSecretariat).isPresent()) {
            return true;
        }
        if (lesson.published()) {
            return lesson.audience() == Lesson.Audience.PUBLIC || user.isPresent();
        }
        return user.filter(u -> u.role() == Role.FOCAL_POINT)
            .filter(u -> lesson.countries().stream().anyMatch(u.countries()::contains)).isPresent();
    }

    /** A focal point edits a draft whose countries are all theirs; the secretariat any lesson. */
    static boolean canEdit(Optional<SignedInUser> user, Lesson lesson) {
        if (user.filter(SignedInUser::isSecretariat).isPresent()) {
            return true;
        }
        return !lesson.published() && proposesFor(user, lesson.countries());
    }

    static boolean proposesFor(Optional<SignedInUser> user, java.util.Collection<String> countries) {
        return user.filter(u -> u.isSecretariat() || u.role() == Role.FOCAL_POINT && !countries.isEmpty()
            && countries.stream().allMatch(u::canActFor)).isPresent();
    }

    static Lesson requireReadable(Lesson lesson) {
        if (!canRead(SignedInUser.current(), lesson)) {
            throw new AccessDeniedException("lesson " + lesson.id() + " is not published");
        }
        return lesson;
    }

    static Lesson requireEditable(Lesson lesson) {
        if (!canEdit(SignedInUser.current(), lesson)) {
            throw new AccessDeniedException("lesson " + lesson.id() + " is not a draft of your countries");
        }
        return lesson;
    }
}
