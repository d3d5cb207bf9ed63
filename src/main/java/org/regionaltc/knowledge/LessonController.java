package org.regionaltc.knowledge;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.reference.Codelists;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.ThematicAreas;
import org.regionaltc.system.Confirmation;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InputErrors;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.SignedInUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of lessons learned: the list each reader may see, one lesson with its documents, the form. */
@Controller
class LessonController {

    private final Lessons lessons;
    private final LessonDocuments documents;
    private final Countries countries;
    private final ThematicAreas themes;
    private final Codelists codelists;
    private final org.springframework.context.MessageSource messages;

    LessonController(Lessons lessons, LessonDocuments documents, Countries countries, ThematicAreas themes,
            Codelists codelists, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.lessons = lessons;
        this.documents = documents;
        this.countries = countries;
        this.themes = themes;
        this.codelists = codelists;
    }

    @GetMapping("/lessons")
    String list(Model model) {
        List<Lesson> visible = lessons.findAll().stream()
            .filter(l -> LessonAccess.canRead(SignedInUser.current(), l)).toList();
        model.addAttribute("lessons", visible);
        model.addAttribute("showsSampleData", visible.stream().anyMatch(Lesson::sample));
        model.addAttribute("canPropose", SignedInUser.current()
            .filter(u -> u.isSecretariat() || !u.countries().isEmpty() && u.role() == org.regionaltc.system.Role.FOCAL_POINT)
            .isPresent());
        return "knowledge/lessons";
    }

    @GetMapping("/lessons/{lessonId}")
    String show(@PathVariable long lessonId, Model model) {
        Lesson lesson = LessonAccess.requireReadable(lessons.get(lessonId));
        model.addAttribute("lesson", lesson);
        model.addAttribute("documents", documents.findByLesson(lessonId));
        model.addAttribute("canEdit", LessonAccess.canEdit(SignedInUser.current(), lesson));
        model.addAttribute("canPublish", SignedInUser.current().filter(SignedInUser::isSecretariat).isPresent());
        model.addAttribute("showsSampleData", lesson.sample());
        model.addAttribute("accepted", String.join(", ", new java.util.TreeSet<>(LessonDocuments.TYPES.keySet())));
        return "knowledge/lesson";
    }

    @GetMapping("/lessons/new")
    String newForm(Model model) {
        model.addAttribute("form", LessonForm.empty());
        return form(model, null);
    }

    @PostMapping("/lessons")
    String create(@Valid @ModelAttribute("form") LessonForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!LessonAccess.proposesFor(SignedInUser.current(), form.countryCodes())
                && SignedInUser.current().filter(SignedInUser::isSecretariat).isEmpty()) {
            errors.rejectValue("countries", "lesson.error.countries");
        }
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            Lesson created = lessons.create(form, false);
            return Confirmation.redirect(redirect, "/lessons/" + created.id(), "lesson.saved", created.title(locale()));
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
            return form(model, null);
        }
    }

    @GetMapping("/lessons/{lessonId}/edit")
    String editForm(@PathVariable long lessonId, Model model) {
        Lesson lesson = LessonAccess.requireEditable(lessons.get(lessonId));
        model.addAttribute("form", LessonForm.of(lesson));
        return form(model, lesson);
    }

    @PostMapping("/lessons/{lessonId}")
    String update(@PathVariable long lessonId, @Valid @ModelAttribute("form") LessonForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Lesson lesson = LessonAccess.requireEditable(lessons.get(lessonId));
        if (!LessonAccess.canEdit(SignedInUser.current(), withCountries(lesson, form.countryCodes()))) {
            errors.rejectValue("countries", "lesson.error.countries");
        }
        if (errors.hasErrors() || form.version() == null) {
            return form(model, lesson);
        }
        try {
            Lesson saved = lessons.update(lessonId, form);
            return Confirmation.redirect(redirect, "/lessons/" + lessonId, "lesson.saved", saved.title(locale()));
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
            return form(model, lesson);
        } catch (Conflict e) {
            Lesson current = lessons.get(lessonId);
            model.addAttribute("conflict", InputErrors.describe(e, messages, locale()));
            model.addAttribute("current", current);
            return form(model, current);
        }
    }

    @PostMapping("/lessons/{lessonId}/publication")
    String publish(@PathVariable long lessonId, @RequestParam(required = false) Lesson.@Nullable Status status,
            @RequestParam(required = false) @Nullable Integer version, RedirectAttributes redirect) {
        if (status == null || version == null) {
            throw new InvalidInput(status == null ? "status" : "version", status == null
                ? "lesson.error.status" : "error.version.required");
        }
        Lesson saved = lessons.changeStatus(lessons.get(lessonId).id(), status, version);
        return Confirmation.redirect(redirect, "/lessons/" + lessonId, "lesson.status.saved", saved.title(locale()),
            Confirmation.text("lesson.status." + status));
    }

    @PostMapping("/lessons/{lessonId}/documents")
    String attach(@PathVariable long lessonId, @RequestParam(required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        Lesson lesson = LessonAccess.requireEditable(lessons.get(lessonId));
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "error.file.choose");
        }
        LessonDocuments.Document document = documents.attach(lesson.id(),
            String.valueOf(file.getOriginalFilename()), file.getBytes());
        return Confirmation.redirect(redirect, "/lessons/" + lessonId, "lesson.document.saved", document.fileName());
    }

    @GetMapping("/lessons/{lessonId}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable long lessonId, @PathVariable long documentId) {
        LessonAccess.requireReadable(lessons.get(lessonId));
        LessonDocuments.Content content = documents.get(lessonId, documentId);
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(content.document().contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(content.document().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .body(content.bytes());
    }

    private static Lesson withCountries(Lesson lesson, List<String> countries) {
        return new Lesson(lesson.id(), lesson.kind(), lesson.texts(), lesson.projectId(), countries, lesson.themes(),
            lesson.sectors(), lesson.status(), lesson.audience(), lesson.author(), lesson.writtenAt(),
            lesson.publishedBy(), lesson.publishedAt(), lesson.sample(), lesson.version());
    }

    private String form(Model model, @Nullable Lesson lesson) {
        if (SignedInUser.current().isEmpty()) {
            throw new AccessDeniedException("sign in to write a lesson");
        }
        model.addAttribute("lesson", lesson);
        model.addAttribute("kinds", Lesson.Kind.values());
        model.addAttribute("audiences", Lesson.Audience.values());
        model.addAttribute("countries", countries.findAll());
        model.addAttribute("themes", themes.findAll());
        model.addAttribute("sectors", codelists.items("Sector", null).stream().filter(Codelists.Item::active).toList());
        return "knowledge/lesson-form";
    }

    private static java.util.Locale locale() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }
}
