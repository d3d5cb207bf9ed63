package org.regionaltc.dialogue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.priority.ReviewCycles;
import org.regionaltc.reference.Countries;
import org.regionaltc.system.Confirmation;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InputErrors;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.RejectedForm;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the dialogue record: meetings, their decisions and action items; overdue items stand out. */
@Controller
class DialogueController {

    private final Meetings meetings;
    private final MessageSource messages;
    private final ActionItems actions;
    private final Countries countries;
    private final MeetingAccess access;
    private final ReviewCycles cycles;

    DialogueController(Meetings meetings, ActionItems actions, Countries countries, MeetingAccess access,
            ReviewCycles cycles, MessageSource messages) {
        this.messages = messages;
        this.meetings = meetings;
        this.actions = actions;
        this.countries = countries;
        this.access = access;
        this.cycles = cycles;
    }

    @GetMapping("/meetings")
    String list(Model model) {
        List<Meeting> all = access.visible(meetings.findAll());
        model.addAttribute("meetings", all);
        model.addAttribute("overdue", actions.overdueOn(today()));
        model.addAttribute("showsSampleData", all.stream().anyMatch(Meeting::sample));
        return "dialogue/meetings";
    }

    @GetMapping("/meetings/{meetingId}")
    String show(@PathVariable long meetingId, Model model) {
        Meeting meeting = access.visible(meetings.get(meetingId));
        model.addAttribute("meeting", meeting);
        // A public meeting of a cycle the reader may not open names no cycle.
        model.addAttribute("cycle", meeting.cycleId() == null ? null : cycles.findVisible(meeting.cycleId())
            .orElse(null));
        model.addAttribute("decisions", meetings.decisions(meetingId));
        model.addAttribute("actions", actions.findByMeeting(meetingId));
        model.addAttribute("today", today());
        model.addAttribute("statuses", ActionItem.Status.values());
        model.addAttribute("showsSampleData", meeting.sample());
        return "dialogue/meeting";
    }

    @GetMapping("/actions")
    String actions(Model model) {
        List<ActionItem> all = actions.findAll();
        model.addAttribute("actions", all);
        model.addAttribute("today", today());
        model.addAttribute("statuses", ActionItem.Status.values());
        model.addAttribute("showsSampleData", all.stream().anyMatch(ActionItem::sample));
        return "dialogue/actions";
    }

    @GetMapping("/meetings/new")
    String newForm(Model model) {
        model.addAttribute("form", MeetingForm.empty());
        return form(model, null);
    }

    @PostMapping("/meetings")
    String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            Meeting created = meetings.create(form.toMeeting(0));
            return Confirmation.redirect(redirect, "/meetings/" + created.id(), "saved.meeting.created",
                created.title());
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
            return form(model, null);
        }
    }

    @GetMapping("/meetings/{meetingId}/edit")
    String editForm(@PathVariable long meetingId, Model model) {
        Meeting meeting = meetings.get(meetingId);
        model.addAttribute("form", MeetingForm.of(meeting));
        return form(model, meeting);
    }

    @PostMapping("/meetings/{meetingId}")
    String update(@PathVariable long meetingId, @Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Meeting meeting = meetings.get(meetingId);
        if (errors.hasErrors() || form.version() == null) {
            return form(model, meeting);
        }
        try {
            meetings.update(form.toMeeting(meetingId));
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
            return form(model, meeting);
        } catch (Conflict e) {
            Meeting current = meetings.get(meetingId);
            model.addAttribute("conflict", InputErrors.describe(e, messages, LocaleContextHolder.getLocale()));
            model.addAttribute("current", current);
            return form(model, current);
        }
        return Confirmation.redirect(redirect, "/meetings/" + meetingId, "saved.meeting",
            meetings.get(meetingId).title());
    }

    @PostMapping("/meetings/{meetingId}/decisions")
    String addDecision(@PathVariable long meetingId, @Valid @ModelAttribute DecisionForm form, BindingResult errors,
            HttpServletRequest request, RedirectAttributes redirect) {
        Meeting meeting = meetings.get(meetingId);
        if (errors.hasErrors() || form.text() == null) {
            return RejectedForm.of("decision", request, errors).redirect(redirect, "/meetings/" + meetingId + "#decision");
        }
        meetings.addDecision(meetingId, form.text());
        return Confirmation.redirect(redirect, "/meetings/" + meetingId, "saved.decision", meeting.title());
    }

    @PostMapping("/meetings/{meetingId}/actions")
    String addAction(@PathVariable long meetingId, @ModelAttribute ActionItemForm form, BindingResult errors,
            HttpServletRequest request, RedirectAttributes redirect) {
        Meeting meeting = meetings.get(meetingId);
        try {
            if (!errors.hasErrors()) {
                check(form);
                actions.create(meetingId, form);
                return Confirmation.redirect(redirect, "/meetings/" + meetingId, "saved.action", meeting.title());
            }
        } catch (InvalidInput e) {
            return RejectedForm.of("action", request, errors).with(e, request)
                .redirect(redirect, "/meetings/" + meetingId + "#action");
        }
        return RejectedForm.of("action", request, errors).redirect(redirect, "/meetings/" + meetingId + "#action");
    }

    @PostMapping("/actions/{actionId}/status")
    String changeStatus(@PathVariable long actionId, @RequestParam(required = false) ActionItem.@Nullable Status status,
            @RequestParam(required = false) @Nullable Integer version, RedirectAttributes redirect) {
        if (status == null || version == null) {
            throw new InvalidInput(status == null ? "status" : "version", status == null
                ? "error.action.status" : "error.version.send");
        }
        ActionItem item = actions.get(actionId);
        actions.update(actionId, new ActionItemForm(item.description(), item.owner(), item.dueDate(), status,
            item.decisionId(), version));
        return Confirmation.redirect(redirect, "/meetings/" + item.meetingId(), "saved.action.status",
            item.description(), Confirmation.text("enum.ActionItem.Status." + status));
    }

    /** The form's required fields, which the API checks with @Valid. */
    private static void check(ActionItemForm form) {
        if (form.description() == null || form.description().isBlank()) {
            throw new InvalidInput("description", "error.required");
        }
        if (form.owner() == null || form.owner().isBlank()) {
            throw new InvalidInput("owner", "error.required");
        }
        if (form.dueDate() == null) {
            throw new InvalidInput("dueDate", "error.date.required");
        }
    }

    private String form(Model model, @Nullable Meeting meeting) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("kinds", Meeting.MeetingKind.values());
        model.addAttribute("countries", countries.findAll());
        model.addAttribute("cycles", cycles.findAll());
        return "dialogue/meeting-form";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
