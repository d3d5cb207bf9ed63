package org.regionaltc.dashboard;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.regionaltc.financing.Visibility;
import org.regionaltc.project.ProjectSummaries.ProjectSummary;
import org.regionaltc.system.ProjectVisibility;
import org.regionaltc.system.Role;
import org.regionaltc.system.SignedInUser;

/**
 * Whose figures a dashboard shows, one kind per role: the secretariat sees the whole programme, a focal point
 * its countries, a donor what its financing body funds, the public published projects only. Each kind decides
 * which projects count, which money may be shown and whether the pipeline is.
 */
public sealed interface DashboardScope {

    /** The projects read before this scope keeps its own; see {@link #keeps}. */
    ProjectVisibility projectsRead();

    /** The resource-mobilization rows (pipeline, windows) this scope may see. */
    Visibility money();

    /** Whether a project counts here, given the bodies that committed to or paid into it. */
    boolean keeps(ProjectSummary project, Set<String> countries, Set<String> fundingBodies);

    /** Whether a financing body's money may be shown, by source. */
    boolean showsSource(String bodyCode);

    boolean showsPipeline();

    /** Whether gaps in funding (budget minus what is secured) are shown: they depend on every source's money. */
    boolean showsFundingGap();

    /** Names the scope in the JSON and on the page: "secretariat", "countries:BO,CL", "body:GEF", "public". */
    String key();

    static DashboardScope of(Optional<SignedInUser> viewer) {
        if (viewer.isEmpty()) {
            return new Public();
        }
        SignedInUser user = viewer.get();
        if (user.isSecretariat()) {
            return new Secretariat();
        }
        if (user.role() == Role.DONOR && user.financingBody() != null) {
            return new Donor(user.financingBody());
        }
        if (user.role() == Role.FOCAL_POINT) {
            return new FocalPoint(user.countries());
        }
        return new Public();
    }

    /** The secretariat: every project, every source, the pipeline. */
    record Secretariat() implements DashboardScope {
        public ProjectVisibility projectsRead() {
            return ProjectVisibility.everything();
        }

        public Visibility money() {
            return Visibility.everything();
        }

        public boolean keeps(ProjectSummary project, Set<String> countries, Set<String> fundingBodies) {
            return true;
        }

        public boolean showsSource(String bodyCode) {
            return true;
        }

        public boolean showsPipeline() {
            return true;
        }

        public boolean showsFundingGap() {
            return true;
        }

        public String key() {
            return "secretariat";
        }
    }

    /** A focal point: the projects of its countries (published or not), their funding and pipeline. */
    record FocalPoint(Set<String> countries) implements DashboardScope {
        public FocalPoint {
            countries = Set.copyOf(countries);
        }

        public ProjectVisibility projectsRead() {
            return new ProjectVisibility(false, countries);
        }

        public Visibility money() {
            return new Visibility(false, null, countries);
        }

        public boolean keeps(ProjectSummary project, Set<String> projectCountries, Set<String> fundingBodies) {
            return projectCountries.stream().anyMatch(countries::contains);
        }

        public boolean showsSource(String bodyCode) {
            return true;
        }

        public boolean showsPipeline() {
            return true;
        }

        public boolean showsFundingGap() {
            return true;
        }

        public String key() {
            return "countries:" + String.join(",", new TreeSet<>(countries));
        }
    }

    /**
     * A donor: the published projects its financing body funds and only that body's money, as the ledger shows
     * it to them; other bodies' contributions and co-financing totals are not theirs to see.
     */
    record Donor(String body) implements DashboardScope {
        public ProjectVisibility projectsRead() {
            return new ProjectVisibility(false, Set.of());
        }

        public Visibility money() {
            return new Visibility(false, body, Set.of());
        }

        public boolean keeps(ProjectSummary project, Set<String> countries, Set<String> fundingBodies) {
            return fundingBodies.contains(body);
        }

        public boolean showsSource(String bodyCode) {
            return body.equals(bodyCode);
        }

        public boolean showsPipeline() {
            return true;
        }

        public boolean showsFundingGap() {
            return false;
        }

        public String key() {
            return "body:" + body;
        }
    }

    /** The public: published projects, funding secured for them as totals by source, no pipeline. */
    record Public() implements DashboardScope {
        public ProjectVisibility projectsRead() {
            return new ProjectVisibility(false, Set.of());
        }

        public Visibility money() {
            return new Visibility(false, null, Set.of());
        }

        public boolean keeps(ProjectSummary project, Set<String> countries, Set<String> fundingBodies) {
            return true;
        }

        public boolean showsSource(String bodyCode) {
            return true;
        }

        public boolean showsPipeline() {
            return false;
        }

        public boolean showsFundingGap() {
            return false;
        }

        public String key() {
            return "public";
        }
    }
}
