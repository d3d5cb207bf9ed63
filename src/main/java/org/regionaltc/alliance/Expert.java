package org.regionaltc.alliance;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Personal;

/**
 * An expert of the roster: skills by UNIDO theme and DAC sector, languages, countries of experience, availability
 * periods and past assignments on projects. Name, e-mail, phone and CV are personal data ({@link Personal}).
 */
public record Expert(long id, @Personal String name, @Personal @Nullable String email, @Personal @Nullable String phone,
        @Personal @Nullable String cv, List<String> themes, List<String> sectors, List<String> languages,
        List<String> countries, List<Period> availability, List<Assignment> assignments, boolean sample, int version) {

    public Expert {
        themes = List.copyOf(themes);
        sectors = List.copyOf(sectors);
        languages = List.copyOf(languages);
        countries = List.copyOf(countries);
        availability = List.copyOf(availability);
        assignments = List.copyOf(assignments);
    }

    public record Period(LocalDate startsOn, LocalDate endsOn) {
    }

    public record Assignment(long projectId, String role) {
    }

    /** What signed-in users other than the secretariat see: skills and experience, no personal data. */
    public record Profile(long id, List<String> themes, List<String> sectors, List<String> languages,
            List<String> countries, List<Period> availability, List<Assignment> assignments, boolean sample) {
    }

    public Profile profile() {
        return new Profile(id, themes, sectors, languages, countries, availability, assignments, sample);
    }
}
