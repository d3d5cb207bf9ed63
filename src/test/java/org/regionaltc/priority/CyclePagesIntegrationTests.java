package org.regionaltc.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The comparison never compares a cycle with itself unasked, and /programme names each period once. */
@SpringBootTest
@AutoConfigureMockMvc
class CyclePagesIntegrationTests {

    private static final Pattern FROM = Pattern.compile("<select name=\"from\">(.*?)</select>", Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option value=\"(\\d+)\" selected=\"selected\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    ReviewCycles cycles;

    private long aClosedCycleStarting(int year) {
        return cycles.insert(new ReviewCycle(0, PriorityFixtures.unique("Old cycle"), LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1), CycleStatus.CLOSED, null, null, false, 0));
    }

    @Test
    void theComparisonDefaultsToTwoDifferentCyclesAndSaysWhenBothAreTheSame() throws Exception {
        // The earliest cycle of all, carried forward from none: there is no older one to compare it with.
        long earliest = aClosedCycleStarting(1961);
        aClosedCycleStarting(1962);

        String page = mvc.perform(get("/cycles/compare").param("to", String.valueOf(earliest)))
            .andReturn().getResponse().getContentAsString();
        Matcher select = FROM.matcher(page);
        assertThat(select.find()).isTrue();
        Matcher selected = SELECTED.matcher(select.group(1));
        assertThat(selected.find()).as("an option of 'from' is selected").isTrue();
        long from = Long.parseLong(selected.group(1));
        assertThat(from).isNotEqualTo(earliest);
        assertThat(page).contains("id=\"changes\"").doesNotContain("id=\"same-cycle\"");

        String same = mvc.perform(get("/cycles/compare").param("from", String.valueOf(earliest))
                .param("to", String.valueOf(earliest)).param("lang", "es"))
            .andReturn().getResponse().getContentAsString();
        assertThat(same).contains("Eligió el mismo ciclo dos veces").doesNotContain("id=\"changes\"");
    }

    @Test
    void theProgrammePageNamesTheFrameworkPeriodOnce() throws Exception {
        String page = mvc.perform(get("/programme")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">UNIDO medium-term programme framework 2008–2011</h2>")
            .doesNotContain("2008–2011 (2008–2011)");
    }
}
