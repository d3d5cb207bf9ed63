package org.regionaltc.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regionaltc.alignment.CycleFixtures;
import org.regionaltc.system.ProjectVisibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What other features read about projects through the catalog, in batches, for whom. */
@SpringBootTest
class ProjectCatalogIntegrationTests {

    @Autowired
    ProjectCatalog catalog;
    @Autowired
    Projects projects;
    @Autowired
    JdbcClient jdbc;

    @Test
    void readsProjectsByIdWithTheirCountriesSectorsThemesEndorsementsAndCounterparts() {
        long twoCountries = ProjectFixtures.aProject(projects, new BigDecimal("500000"), "PE", 60, "BO", 40);
        ProjectFixtures.endorse(jdbc, twoCountries, "PE");
        long chile = ProjectFixtures.aProject(projects, new BigDecimal("80000"), "CL", 100);

        List<ProjectCatalog.Project> found = catalog.findByIds(List.of(twoCountries, chile, -5L));

        assertThat(found).extracting(ProjectCatalog.Project::id).containsExactlyInAnyOrder(twoCountries, chile);
        ProjectCatalog.Project project = catalog.get(twoCountries);
        assertThat(project.countries()).extracting(TcProject.Share::code, s -> s.percentage().intValue())
            .containsExactly(tuple("PE", 60), tuple("BO", 40));
        assertThat(project.endorsedBy()).containsExactly("PE");
        assertThat(project.sectors()).containsExactly("32161");
        assertThat(project.themes()).extracting(ProjectCatalog.Theme::code, ProjectCatalog.Theme::top)
            .containsExactly(tuple("A1", "A"));
        assertThat(project.themesWithAncestors()).containsExactly("A", "A1");
        assertThat(project.counterparts()).containsExactly("Ministry of Production");
        assertThat(project.titles().title(Locale.forLanguageTag("es"))).isEqualTo("Proyecto de prueba");
        assertThat(project.totalBudget()).isEqualByComparingTo("500000");
        assertThat(catalog.identifiers(List.of(chile))).containsEntry(chile, catalog.get(chile).identifier());
        assertThat(catalog.findIdByIdentifier(project.identifier())).contains(twoCountries);
    }

    @Test
    void aFocalPointSeesPublishedProjectsAndThoseOfItsCountriesTheLikeOfThePublicOnlyPublishedOnes() {
        long peru = ProjectFixtures.aProject(projects, new BigDecimal("100000"), "PE", 100);
        long chile = ProjectFixtures.aProject(projects, new BigDecimal("100000"), "CL", 100);
        long published = ProjectFixtures.aProject(projects, new BigDecimal("100000"), "CL", 100);
        ProjectFixtures.forceStatus(jdbc, published, ProjectStatus.APPROVED);
        ProjectVisibility focalPointOfPeru = new ProjectVisibility(false, Set.of("PE"));
        ProjectVisibility anyone = new ProjectVisibility(false, Set.of());

        assertThat(catalog.visibleIds(focalPointOfPeru)).contains(peru, published).doesNotContain(chile);
        assertThat(catalog.findVisible(focalPointOfPeru)).extracting(ProjectCatalog.Project::id)
            .contains(peru, published).doesNotContain(chile);
        assertThat(catalog.visibleIds(anyone)).contains(published).doesNotContain(peru, chile);
        assertThat(catalog.findSummaries(anyone)).extracting(ProjectCatalog.Summary::id)
            .contains(published).doesNotContain(peru, chile);
        assertThat(catalog.visibleIds(ProjectVisibility.everything())).contains(peru, chile, published);
    }

    @Test
    void linkTotalsAndProjectsServingNoPriorityLeaveOutCancelledProjects() {
        long cycle = CycleFixtures.aCurrentCycle(jdbc);
        long priority = CycleFixtures.aPriority(jdbc, cycle, "NATIONAL", "PE", null, "A1", "0.9");
        long strong = ProjectFixtures.aProject(projects, new BigDecimal("500000"), "PE", 100);
        ProjectFixtures.link(jdbc, strong, priority, "STRONG");
        long partial = ProjectFixtures.aProject(projects, new BigDecimal("80000"), "PE", 100);
        ProjectFixtures.link(jdbc, partial, priority, "PARTIAL");
        long cancelled = ProjectFixtures.aProject(projects, new BigDecimal("900000"), "PE", 100);
        ProjectFixtures.link(jdbc, cancelled, priority, "STRONG");
        ProjectFixtures.forceStatus(jdbc, cancelled, ProjectStatus.CANCELLED);
        long unlinked = ProjectFixtures.aProject(projects, new BigDecimal("300000"), "PE", 100);

        assertThat(catalog.linkTotals(ProjectVisibility.everything()))
            .filteredOn(t -> t.priorityId() == priority)
            .extracting(ProjectCatalog.LinkTotal::strength, ProjectCatalog.LinkTotal::projects,
                t -> t.budget().stripTrailingZeros().toPlainString())
            .containsExactlyInAnyOrder(tuple(TcProject.Strength.STRONG, 1, "500000"),
                tuple(TcProject.Strength.PARTIAL, 1, "80000"));
        assertThat(catalog.links(List.of(strong, partial))).extracting(ProjectCatalog.Link::projectId,
            ProjectCatalog.Link::strong).containsExactlyInAnyOrder(tuple(strong, true), tuple(partial, false));
        assertThat(catalog.findVisibleLinkedToNone(ProjectVisibility.everything(), List.of(priority)))
            .extracting(ProjectCatalog.Project::id).contains(unlinked).doesNotContain(strong, partial, cancelled);
    }

    @Test
    void manyProjectsReadTheirChildRowsByTheConditionThatChoseThemWithTheSameResult() {
        long peru = ProjectFixtures.aProject(projects, new BigDecimal("100000"), "PE", 70, "BO", 30);
        ProjectFixtures.endorse(jdbc, peru, "BO");
        long chile = ProjectFixtures.aProject(projects, new BigDecimal("100000"), "CL", 100);
        ProjectVisibility focalPointOfPeru = new ProjectVisibility(false, Set.of("PE"));
        List<ProjectCatalog.Project> byId = catalog.findVisible(focalPointOfPeru);
        catalog.readChildrenByIdUpTo = 0;
        try {
            List<ProjectCatalog.Project> byCondition = catalog.findVisible(focalPointOfPeru);
            assertThat(byCondition).isEqualTo(byId);
            assertThat(byCondition).filteredOn(p -> p.id() == peru).singleElement()
                .satisfies(p -> assertThat(p.countryCodes()).containsExactly("PE", "BO"))
                .satisfies(p -> assertThat(p.endorsedBy()).containsExactly("BO"));
            assertThat(catalog.findVisibleLinkedToNone(focalPointOfPeru, List.of())).extracting(ProjectCatalog.Project::id)
                .contains(peru).doesNotContain(chile);
        } finally {
            catalog.readChildrenByIdUpTo = 1_000;
        }
    }
}
