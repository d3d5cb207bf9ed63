package org.regionaltc.dialogue;

/** A decision taken at a meeting. */
public record Decision(long id, long meetingId, String text, boolean sample) {
}
