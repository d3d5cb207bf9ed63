package org.regionaltc.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

class ErrorHandlingTests {

    @RestController
    static class BrokenConstraint {

        @GetMapping({"/api/broken", "/broken"})
        String save() {
            throw new DataIntegrityViolationException("numeric field overflow");
        }

        @GetMapping("/unexpected")
        String fail() {
            throw new IllegalStateException("a bug");
        }
    }

    private static final StaticMessageSource MESSAGES = new StaticMessageSource();

    static {
        MESSAGES.addMessage("problem.constraint", java.util.Locale.ENGLISH,
            "The change conflicts with data already saved or is out of range");
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new BrokenConstraint())
        .setControllerAdvice(new ErrorHandling(new LayoutAdvice(MESSAGES), MESSAGES,
            org.springframework.util.unit.DataSize.ofMegabytes(50))).build();

    @Test
    void aDatabaseConstraintIsAConflictInTheApiNotAServerError() throws Exception {
        mvc.perform(get("/api/broken"))
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("The change conflicts with data already saved or is out of range"));
    }

    @Test
    void aDatabaseConstraintShowsTheErrorPageWithAConflict() throws Exception {
        mvc.perform(get("/broken"))
            .andExpect(status().isConflict())
            .andExpect(view().name("error"))
            .andExpect(model().attribute("detail", "The change conflicts with data already saved or is out of range"));
    }

    @Test
    void anUnexpectedFailureShowsTheErrorPageInsideTheLayout() throws Exception {
        mvc.perform(get("/unexpected"))
            .andExpect(status().isInternalServerError())
            .andExpect(view().name("error"))
            .andExpect(model().attribute("languages", WebConfiguration.LANGUAGES))
            .andExpect(model().attribute("requestPath", "/unexpected"));
    }
}
