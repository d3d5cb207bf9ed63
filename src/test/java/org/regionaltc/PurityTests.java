package org.regionaltc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regionaltc.system.Pure;

/**
 * Formulas and rules marked {@link Pure} stay plain Java: they use neither Spring nor JDBC, not even through another
 * class of ours, so that they can be unit-tested without a database and reused (by the optimizer, for one).
 * <p>
 * A class joins by carrying the annotation rather than by being listed here: the mark sits where a reader of the
 * class sees it, and a new package (the optimizer) needs no edit of this test. The formulas that exist today are
 * listed once more below so that dropping the mark from one of them fails too.
 */
class PurityTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.regionaltc");

    /** A class marked pure, or one nested in it (its records, and the lambdas' enclosing methods are its own). */
    private static final DescribedPredicate<JavaClass> PURE = DescribedPredicate.describe("are marked @Pure or nested"
        + " in a class that is", PurityTests::isPure);

    @Test
    void pureClassesUseNeitherSpringNorJdbc() {
        noClasses().that(PURE)
            .should().transitivelyDependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
            .check(CLASSES);
    }

    @Test
    void theFormulasOfAlignmentPrioritiesFinancingFundingPipelineAndTheOptimizerAreMarkedPure() {
        assertThat(new String[] {
            "org.regionaltc.alignment.AlignmentFormula",
            "org.regionaltc.alignment.AlignmentExplanation",
            "org.regionaltc.priority.WeightFormula",
            "org.regionaltc.priority.CycleComparison",
            "org.regionaltc.financing.Eligibility",
            "org.regionaltc.funding.ProjectFunding",
            "org.regionaltc.pipeline.PipelineValue",
            "org.regionaltc.funding.Usd",
            "org.regionaltc.optimizer.AllocationEngine",
            "org.regionaltc.optimizer.AllocationProblem",
            "org.regionaltc.optimizer.AllocationResult",
            "org.regionaltc.optimizer.AllocationJson",
            "org.regionaltc.optimizer.Model",
            "org.regionaltc.optimizer.State",
            "org.regionaltc.optimizer.Greedy",
            "org.regionaltc.optimizer.Mip",
            "org.regionaltc.optimizer.Explanations",
            "org.regionaltc.optimizer.Polish",
            "org.regionaltc.optimizer.Breakdown"})
            .allSatisfy(name -> assertThat(CLASSES.get(name).isAnnotatedWith(Pure.class))
                .as("%s is marked @Pure", name).isTrue());
    }

    private static boolean isPure(JavaClass type) {
        for (Optional<JavaClass> c = Optional.of(type); c.isPresent(); c = c.get().getEnclosingClass()) {
            if (c.get().isAnnotatedWith(Pure.class)) {
                return true;
            }
        }
        return false;
    }
}
