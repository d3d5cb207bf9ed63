package org.regionaltc.knowledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.DraftConstraints;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Lessons learned", description = "Lessons learned and good practices, in four languages")
class LessonApiController {

    record LessonDetail(Lesson lesson, List<LessonDocuments.Document> documents) {
    }

    record StatusChange(Lesson.@Nullable Status status, @Nullable Integer version) {
    }

    private final Lessons lessons;
    private final LessonDocuments documents;
    private final Validator validator;

    LessonApiController(Lessons lessons, LessonDocuments documents, Validator validator) {
        this.lessons = lessons;
        this.documents = documents;
        this.validator = validator;
    }

    @GetMapping("/api/lessons")
    @Operation(summary = "The lessons the caller may read: published ones, and drafts of a focal point's countries")
    List<Lesson> list() {
        return lessons.findAll().stream().filter(l -> LessonAccess.canRead(SignedInUser.current(), l)).toList();
    }

    @GetMapping("/api/lessons/{lessonId}")
    @Operation(summary = "One lesson with the list of its documents")
    LessonDetail show(@PathVariable long lessonId) {
        Lesson lesson = LessonAccess.requireReadable(lessons.get(lessonId));
        return new LessonDetail(lesson, documents.findByLesson(lessonId));
    }

    @PostMapping("/api/lessons")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a lesson as a draft (focal points for their countries; the secretariat)")
    Lesson create(@Valid @RequestBody LessonForm form) {
        requireProposes(form);
        return lessons.create(form, false);
    }

    @PutMapping("/api/lessons/{lessonId}")
    @Operation(summary = "Change a lesson: a focal point their countries' drafts, the secretariat any; send the version you read")
    Lesson update(@PathVariable long lessonId, @RequestBody LessonForm form) {
        // Access first, then the fields: a focal point of another country learns nothing from a validation answer.
        LessonAccess.requireEditable(lessons.get(lessonId));
        validate(form);
        requireProposes(form);
        return lessons.update(lessonId, form);
    }

    @PostMapping("/api/lessons/{lessonId}/publication")
    @Operation(summary = "Publish a lesson or take it back to draft (secretariat): {\"status\": \"PUBLISHED\", \"version\": n}")
    Lesson publish(@PathVariable long lessonId, @RequestBody StatusChange change) {
        lessons.get(lessonId);
        if (change.status() == null || change.version() == null) {
            throw new InvalidInput(change.status() == null ? "status" : "version", change.status() == null
                ? "lesson.error.status" : "error.version.required");
        }
        return lessons.changeStatus(lessonId, change.status(), change.version());
    }

    private void validate(LessonForm form) {
        List<InvalidInput.FieldError> errors = validator.validate(form).stream()
            .map(DraftConstraints::toError).toList();
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static void requireProposes(LessonForm form) {
        if (SignedInUser.current().filter(SignedInUser::isSecretariat).isPresent() || form.countryCodes().isEmpty()) {
            return;
        }
        if (!LessonAccess.proposesFor(SignedInUser.current(), form.countryCodes())) {
            throw new AccessDeniedException("a focal point proposes lessons for their own countries only");
        }
    }
}
