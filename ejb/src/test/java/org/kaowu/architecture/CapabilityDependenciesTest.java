package org.kaowu.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The map in docs/architecture.md, enforced: capabilities depend one way
 * (certification → conduct → scheduling → registration → plan → catalogue → shared), and the machinery
 * (platform, shared) depends on no capability.
 */
@AnalyzeClasses(packages = "org.kaowu", importOptions = ImportOption.DoNotIncludeTests.class)
class CapabilityDependenciesTest {

    static final String[] ORDER = {"certification", "conduct", "scheduling", "registration", "plan", "catalogue"};

    @ArchTest
    static final ArchRule capabilitiesHaveNoCycles = slices().matching("org.kaowu.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sharedDependsOnNoCapabilityNorPlatform = noClasses().that().resideInAPackage("org.kaowu.shared..")
            .should().dependOnClassesThat().resideInAnyPackage(capabilitiesBelow(-1, "org.kaowu.platform.."));

    @ArchTest
    static final ArchRule platformDependsOnNoCapability = noClasses().that().resideInAPackage("org.kaowu.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(capabilitiesBelow(-1));

    @ArchTest
    static final ArchRule catalogueDependsOnNothingAbove = upwardsForbidden(5);
    @ArchTest
    static final ArchRule planDependsOnNothingAbove = upwardsForbidden(4);
    @ArchTest
    static final ArchRule registrationDependsOnNothingAbove = upwardsForbidden(3);
    @ArchTest
    static final ArchRule schedulingDependsOnNothingAbove = upwardsForbidden(2);
    @ArchTest
    static final ArchRule conductDependsOnNothingAbove = upwardsForbidden(1);

    /** The capability at ORDER[index] may not use any capability listed before it (those that build on it). */
    static ArchRule upwardsForbidden(int index) {
        return noClasses().that().resideInAPackage("org.kaowu." + ORDER[index] + "..")
                .should().dependOnClassesThat().resideInAnyPackage(capabilitiesBelow(index))
                .allowEmptyShould(true);
    }

    static String[] capabilitiesBelow(int index, String... extra) {
        int n = index < 0 ? ORDER.length : index;
        String[] out = new String[n + extra.length];
        for (int i = 0; i < n; i++) {
            out[i] = "org.kaowu." + ORDER[i] + "..";
        }
        System.arraycopy(extra, 0, out, n, extra.length);
        return out;
    }
}
