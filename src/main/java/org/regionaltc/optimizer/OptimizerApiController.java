package org.regionaltc.optimizer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The engine over HTTP in the exchange format (secretariat only): a problem in, a result out, solved within the
 * request. Caps: 20,000 projects × 500 windows and 300 s; above them 413, with the error naming the part too large.
 */
@RestController
class OptimizerApiController {

    static final int MAX_PROJECTS = 20_000;
    static final int MAX_SOURCES = 500;
    static final double MAX_SECONDS = 300;

    private final ProgrammeProblem programme;

    OptimizerApiController(ProgrammeProblem programme) {
        this.programme = programme;
    }

    @PostMapping(path = "/api/optimizer/solve", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> solve(@RequestBody byte[] body, @RequestParam(defaultValue = "60") double timeLimit) {
        AllocationJson.Parsed parsed = AllocationJson.readProblem(new String(body, StandardCharsets.UTF_8));
        if (!(timeLimit > 0 && timeLimit <= MAX_SECONDS)) {
            return respond(HttpStatus.BAD_REQUEST, AllocationResult.invalid(parsed.name(), List.of(AllocationJson.error(
                "timeLimit", "out-of-range", List.of("0 (excluded)", String.valueOf((int) MAX_SECONDS))))));
        }
        if (!parsed.valid()) {
            return respond(HttpStatus.BAD_REQUEST, AllocationResult.invalid(parsed.name(), parsed.errors()));
        }
        AllocationProblem problem = parsed.problem();
        if (problem.projects().size() > MAX_PROJECTS || problem.sources().size() > MAX_SOURCES) {
            boolean projects = problem.projects().size() > MAX_PROJECTS;
            return respond(HttpStatus.PAYLOAD_TOO_LARGE, AllocationResult.invalid(problem.name(), List.of(
                AllocationJson.error(projects ? "projects" : "sources", "too-large", List.of(
                    String.valueOf(projects ? problem.projects().size() : problem.sources().size()),
                    String.valueOf(projects ? MAX_PROJECTS : MAX_SOURCES))))));
        }
        AllocationResult result = new AllocationEngine().solve(problem,
            new AllocationEngine.Options(timeLimit, 0, 1), AllocationEngine.Progress.NONE);
        return respond(HttpStatus.OK, result);
    }

    /**
     * The problem the page would solve with its default policy, built from the current programme; with
     * {@code nationalOffers=true}, as with the page's option of counting unallocated national offers.
     */
    @GetMapping(path = "/api/optimizer/problem", produces = MediaType.APPLICATION_JSON_VALUE)
    String problem(@RequestParam(defaultValue = "false") boolean nationalOffers) {
        ProgrammeProblem.Settings d = ProgrammeProblem.Settings.DEFAULT;
        return AllocationJson.writeProblem(programme.build(new ProgrammeProblem.Settings(d.maxSourcesPerProject(),
            d.countryShareMaxPercent(), d.groupShareMinPercent(), d.mustFund(), d.mustNotFund(), d.exclusive(),
            d.envelopes(), nationalOffers)).problem());
    }

    private static ResponseEntity<String> respond(HttpStatus status, AllocationResult result) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
            .body(AllocationJson.writeResult(result));
    }
}
