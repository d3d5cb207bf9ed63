package org.regionaltc.dashboard;

import org.regionaltc.system.SignedInUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DashboardApiController {

    private final DashboardQueries queries;

    DashboardApiController(DashboardQueries queries) {
        this.queries = queries;
    }

    /** The dashboard's figures, scoped to the caller as the page is; anonymous callers get the public one. */
    @GetMapping("/api/dashboard")
    Dashboard show() {
        return queries.of(DashboardScope.of(SignedInUser.current()));
    }
}
