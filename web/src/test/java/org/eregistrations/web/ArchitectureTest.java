package org.eregistrations.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The packages of the application stay rooms by feature whose dependencies point one way: pages ({@code parta},
 * {@code configure}, {@code account}'s pages) → the shell ({@code site}) → {@code file} → {@code services} and
 * {@code store}; never back, and no cycle among any of them.
 */
@AnalyzeClasses(packages = "org.eregistrations.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String WEB = "org.eregistrations.web";

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching(WEB + ".(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule dependenciesPointOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("store")
            .definedBy(WEB + ".store..")
            .layer("services")
            .definedBy(WEB + ".services..")
            .layer("file")
            .definedBy(WEB + ".file..")
            .layer("site")
            .definedBy(WEB + ".site..")
            .layer("account")
            .definedBy(WEB + ".account..")
            .layer("parta")
            .definedBy(WEB + ".parta..")
            .layer("configure")
            .definedBy(WEB + ".configure..")
            .whereLayer("store")
            .mayNotAccessAnyLayer()
            .whereLayer("services")
            .mayOnlyAccessLayers("store")
            .whereLayer("file")
            .mayOnlyAccessLayers("services", "store")
            .whereLayer("site")
            .mayOnlyAccessLayers("file", "services", "store")
            .whereLayer("account")
            .mayOnlyAccessLayers("site", "file", "services", "store")
            .whereLayer("parta")
            .mayOnlyAccessLayers("site", "file", "services", "store")
            .whereLayer("configure")
            .mayOnlyAccessLayers("site", "account", "file", "services", "store");

    /** The application's main and settings are below every feature: every room may read the settings. */
    @ArchTest
    static final ArchRule applicationRootDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage(WEB)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(WEB + ".*..");
}
