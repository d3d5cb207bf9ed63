package org.regionaltc.dialogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.regionaltc.system.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dialogue record", description = "Meetings and consultations, decisions, action items")
class DialogueApiController {

    record MeetingDetail(Meeting meeting, List<Decision> decisions, List<ActionItem> actions) {
    }

    private final Meetings meetings;
    private final ActionItems actions;
    private final MeetingAccess access;

    DialogueApiController(Meetings meetings, ActionItems actions, MeetingAccess access) {
        this.meetings = meetings;
        this.actions = actions;
        this.access = access;
    }

    @GetMapping("/api/meetings")
    @Operation(summary = "Meetings and consultations, newest first (anonymous callers: those of endorsed or closed cycles and those marked public)")
    List<Meeting> meetings() {
        return access.visible(meetings.findAll());
    }

    @GetMapping("/api/meetings/{meetingId}")
    @Operation(summary = "One meeting with its decisions and action items")
    MeetingDetail meeting(@PathVariable long meetingId) {
        Meeting meeting = access.visible(meetings.get(meetingId));
        return new MeetingDetail(meeting, meetings.decisions(meetingId), actions.findByMeeting(meetingId));
    }

    @PostMapping("/api/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a meeting or consultation (secretariat)")
    Meeting create(@Valid @RequestBody MeetingForm form) {
        return meetings.create(form.toMeeting(0));
    }

    @PutMapping("/api/meetings/{meetingId}")
    @Operation(summary = "Change a meeting (secretariat); send the version you read")
    Meeting update(@PathVariable long meetingId, @Valid @RequestBody MeetingForm form) {
        if (form.version() == null) {
            throw new InvalidInput("version", "error.version.send");
        }
        return meetings.update(form.toMeeting(meetingId));
    }

    @PostMapping("/api/meetings/{meetingId}/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a decision of a meeting (secretariat)")
    Decision addDecision(@PathVariable long meetingId, @Valid @RequestBody DecisionForm form) {
        return meetings.addDecision(meetingId, String.valueOf(form.text()));
    }

    @PostMapping("/api/meetings/{meetingId}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assign an action item with owner and due date (secretariat)")
    ActionItem addAction(@PathVariable long meetingId, @Valid @RequestBody ActionItemForm form) {
        meetings.get(meetingId);
        return actions.create(meetingId, form);
    }

    @PutMapping("/api/actions/{actionId}")
    @Operation(summary = "Change an action item: status, owner, due date (secretariat); send the version you read")
    ActionItem updateAction(@PathVariable long actionId, @Valid @RequestBody ActionItemForm form) {
        return actions.update(actionId, form);
    }

    @GetMapping("/api/actions")
    @Operation(summary = "Action items of the meetings the caller may read; overdue=true lists only open items past their due date")
    List<ActionItem> actionItems(@RequestParam(defaultValue = "false") boolean overdue) {
        return overdue ? actions.overdueOn(LocalDate.now(ZoneOffset.UTC)) : actions.findAll();
    }
}
