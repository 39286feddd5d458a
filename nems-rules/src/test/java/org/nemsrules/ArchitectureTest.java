package org.nemsrules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Rule;

/**
 * Which package of the library may depend on which (docs/architecture.md, "Dependency direction"): the core knows no
 * rule family, a family never reaches into another family's rules, and the families depend on each other one way
 * only. The package lists below are the decision; {@link #everyPackageIsPlacedAndTheFamiliesAreThePackagesWithRules}
 * keeps them true as packages are added.
 */
class ArchitectureTest {
    /** The engine, the request model and what every family shares: they hold no rule. */
    private static final Set<String> CORE = Set.of(
            "org.nemsrules.engine",
            "org.nemsrules.model",
            "org.nemsrules.nhs",
            "org.nemsrules.fhir",
            "org.nemsrules.recording",
            "org.nemsrules.report");

    /** The rule families: the packages that hold rule classes. */
    private static final Set<String> FAMILIES = Set.of(
            "org.nemsrules.recording.rules",
            "org.nemsrules.http",
            "org.nemsrules.header",
            "org.nemsrules.jwt",
            "org.nemsrules.mime",
            "org.nemsrules.subscription",
            "org.nemsrules.criteria",
            "org.nemsrules.config",
            "org.nemsrules.suppression",
            "org.nemsrules.response",
            "org.nemsrules.certificate");

    /** Above the families: the list of built-in rules, and the assertions that run a validator with them. */
    private static final Set<String> TOP = Set.of("org.nemsrules.rules", "org.nemsrules.assertions");

    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.nemsrules");

    @Test
    void theCoreDependsOnNoRuleFamily() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE.toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        Stream.concat(FAMILIES.stream(), TOP.stream()).toArray(String[]::new))
                .because("the engine and what the families share must not know any family (config included): "
                        + "built-in rules are listed in org.nemsrules.rules.BuiltInRules")
                .check(LIBRARY);
    }

    @Test
    void noFamilyUsesTheRulesOfAnother() {
        noClasses()
                .that()
                .resideInAnyPackage(FAMILIES.toArray(String[]::new))
                .should(useARuleClassOfAnotherFamily())
                .because("a view one family's rules share with another (a JWT claim, the Subscription body) belongs "
                        + "in the view or in a shared package, not in a rule class")
                .check(LIBRARY);
    }

    @Test
    void theFamiliesAndTheCoreFormNoCycle() {
        slices().assignedFrom(familiesWithTheCoreAsOne())
                .should()
                .beFreeOfCycles()
                .because("two families must not depend on each other, and the core on none")
                .check(LIBRARY);
    }

    @Test
    void everyPackageIsPlacedAndTheFamiliesAreThePackagesWithRules() {
        Set<String> packages =
                LIBRARY.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> placed =
                Stream.of(CORE, FAMILIES, TOP).flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(placed, packages, "every package of the library is core, a rule family or above the families");

        Set<String> withRules = LIBRARY.stream()
                .filter(ArchitectureTest::isRuleClass)
                .map(JavaClass::getPackageName)
                .filter(p -> !p.equals("org.nemsrules.engine"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(FAMILIES), withRules, "the rule families are the packages that hold rule classes");
    }

    private static boolean isRuleClass(JavaClass javaClass) {
        return javaClass.isAssignableTo(Rule.class) && !javaClass.isInterface();
    }

    private static ArchCondition<JavaClass> useARuleClassOfAnotherFamily() {
        return new ArchCondition<>("use a rule class of another family") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    boolean otherFamily = FAMILIES.contains(target.getPackageName())
                            && !target.getPackageName().equals(origin.getPackageName());
                    if (otherFamily && isRuleClass(target)) {
                        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** Each family is a slice, the core is one (its packages still depend on each other both ways), and so is the top. */
    private static SliceAssignment familiesWithTheCoreAsOne() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String pkg = javaClass.getPackageName();
                if (CORE.contains(pkg)) {
                    return SliceIdentifier.of("core");
                }
                if (FAMILIES.contains(pkg) || TOP.contains(pkg)) {
                    return SliceIdentifier.of(pkg);
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the rule families, the core and the packages above the families";
            }
        };
    }
}
