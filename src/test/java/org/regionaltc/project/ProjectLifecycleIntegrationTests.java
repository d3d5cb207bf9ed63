package org.regionaltc.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.alignment.CycleFixtures;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

@SpringBootTest
class ProjectLifecycleIntegrationTests {

    @Autowired
    org.springframework.context.MessageSource englishMessages;

    /** The errors as the command line and an English page word them. */
    private String english(RuntimeException e) {
        return org.regionaltc.system.InputErrors.describe(e, englishMessages, java.util.Locale.ENGLISH);
    }


    @Autowired
    Projects projects;
    @Autowired
    ProjectLifecycle lifecycle;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long aProjectInAppraisal() {
        long id = ProjectFixtures.aProject(projects, new BigDecimal("400000"), "PE", 60, "BO", 40);
        signIn(AccountFixtures.anOfficer(administration));
        lifecycle.moveTo(id, ProjectStatus.FORMULATION);
        lifecycle.moveTo(id, ProjectStatus.APPRAISAL);
        return id;
    }

    @Test
    void followsUnidosProjectCycleAndRefusesSkippingAStage() {
        long id = ProjectFixtures.aProject(projects, new BigDecimal("100000"), "CL", 100);
        signIn(AccountFixtures.anOfficer(administration));
        assertThatThrownBy(() -> lifecycle.moveTo(id, ProjectStatus.IMPLEMENTATION))
            .isInstanceOfSatisfying(Conflict.class, e -> assertThat(english(e)).isEqualTo(
                "A project cannot move from Identification to Implementation; from Identification it can move"
                + " to Formulation, On hold, Cancelled"));
        assertThat(lifecycle.moveTo(id, ProjectStatus.FORMULATION).status()).isEqualTo(ProjectStatus.FORMULATION);
        assertThatThrownBy(() -> lifecycle.moveTo(id, ProjectStatus.FINANCIALLY_CLOSED)).isInstanceOf(Conflict.class);
    }

    @Test
    void aProjectOnHoldResumesWhereItWasOrIsCancelled() {
        long id = ProjectFixtures.aProject(projects, new BigDecimal("100000"), "CL", 100);
        signIn(AccountFixtures.anOfficer(administration));
        lifecycle.moveTo(id, ProjectStatus.FORMULATION);
        TcProject held = lifecycle.moveTo(id, ProjectStatus.ON_HOLD);
        assertThat(held.statusBeforeHold()).isEqualTo(ProjectStatus.FORMULATION);
        assertThat(lifecycle.allowed(held)).containsExactlyInAnyOrder(ProjectStatus.FORMULATION, ProjectStatus.CANCELLED);
        assertThatThrownBy(() -> lifecycle.moveTo(id, ProjectStatus.APPRAISAL)).isInstanceOf(Conflict.class);
        assertThat(lifecycle.moveTo(id, ProjectStatus.FORMULATION).status()).isEqualTo(ProjectStatus.FORMULATION);
        lifecycle.moveTo(id, ProjectStatus.CANCELLED);
        assertThat(lifecycle.allowed(projects.get(id))).isEmpty();
    }

    @Test
    void isApprovedOnlyOnceEveryCountryAndUnidoHaveAgreed() {
        long id = aProjectInAppraisal();
        assertThatThrownBy(() -> lifecycle.moveTo(id, ProjectStatus.APPROVED))
            .isInstanceOfSatisfying(Conflict.class, e -> assertThat(english(e)).endsWith("cannot be approved: no endorsement yet from PE, BO"));
        lifecycle.endorse(id, "PE", LocalDate.of(2025, 3, 1), "Note 12/2025");
        assertThatThrownBy(() -> lifecycle.moveTo(id, ProjectStatus.APPROVED))
            .isInstanceOfSatisfying(Conflict.class, e -> assertThat(english(e)).endsWith("from BO"));
        lifecycle.endorse(id, "bo", LocalDate.of(2025, 3, 2), "Oficio 44");
        assertThatThrownBy(() -> lifecycle.moveTo(id, ProjectStatus.APPROVED))
            .isInstanceOfSatisfying(Conflict.class, e -> assertThat(english(e)).endsWith("UNIDO's approval is not recorded yet"));
        lifecycle.approveForUnido(id, LocalDate.of(2025, 3, 10), "PAC decision 2025/7");
        TcProject approved = lifecycle.moveTo(id, ProjectStatus.APPROVED);
        assertThat(approved.status()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(approved.endorsements()).extracting(TcProject.Endorsement::countryCode).containsExactly("BO", "PE");
        assertThat(approved.unidoApproval().reference()).isEqualTo("PAC decision 2025/7");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Project' AND entity_id = :id AND action = 'UPDATE'")
            .param("id", String.valueOf(id)).query(Integer.class).single()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aFocalPointEndorsesOnlyForTheirOwnCountry() {
        long id = aProjectInAppraisal();
        signIn(AccountFixtures.aFocalPointOf(administration, "BO"));
        assertThatThrownBy(() -> lifecycle.endorse(id, "PE", LocalDate.of(2025, 1, 1), "Note"))
            .isInstanceOf(AccessDeniedException.class);
        assertThat(lifecycle.endorse(id, "BO", LocalDate.of(2025, 1, 1), "Oficio 1").isEndorsedBy("BO")).isTrue();
        signIn(AccountFixtures.aFocalPointOf(administration, "CL"));
        assertThatThrownBy(() -> lifecycle.endorse(id, "CL", LocalDate.of(2025, 1, 1), "Note"))
            .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(english(e)).contains("CL is not a recipient country"));
    }

    @Test
    void linksOnlyToPrioritiesOfTheCurrentCycleThatConcernTheProjectsCountries() {
        long id = aProjectInAppraisal();
        long old = CycleFixtures.aCurrentCycle(jdbc);
        long oldPriority = CycleFixtures.aPriority(jdbc, old, "NATIONAL", "PE", null, "A1", "0.9");
        long cycle = CycleFixtures.aCurrentCycle(jdbc);
        long peru = CycleFixtures.aPriority(jdbc, cycle, "NATIONAL", "PE", null, "A1", "0.9");
        long chile = CycleFixtures.aPriority(jdbc, cycle, "NATIONAL", "CL", null, "A1", "0.9");
        long andean = CycleFixtures.aPriority(jdbc, cycle, "SUB_REGIONAL", null, "CAN", "A1", "0.7");
        assertThatThrownBy(() -> lifecycle.linkPriorities(id, List.of(new TcProject.PriorityLink(oldPriority, TcProject.Strength.STRONG))))
            .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(english(e)).contains("not submitted priorities of the current review cycle"));
        assertThatThrownBy(() -> lifecycle.linkPriorities(id, List.of(new TcProject.PriorityLink(chile, TcProject.Strength.STRONG))))
            .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(english(e)).contains("concern none of the project's countries: CL #1"));
        TcProject linked = lifecycle.linkPriorities(id, List.of(new TcProject.PriorityLink(peru, TcProject.Strength.STRONG),
            new TcProject.PriorityLink(andean, TcProject.Strength.PARTIAL)));
        assertThat(linked.priorities()).containsExactly(new TcProject.PriorityLink(peru, TcProject.Strength.STRONG),
            new TcProject.PriorityLink(andean, TcProject.Strength.PARTIAL));
    }
}
