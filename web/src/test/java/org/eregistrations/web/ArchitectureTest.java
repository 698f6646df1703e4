package org.eregistrations.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The packages of the application stay rooms by feature whose dependencies point one way: pages ({@code parta}, {@code partb},
 * {@code configure}, {@code admin}, {@code supervise}, {@code statistics} (reads supervise's working calendars), {@code account}'s pages, {@code notify}'s mails) → issued certificates ({@code certify}, under Part A
 * and Part B) → the shell ({@code site}) → {@code file} → {@code services} and
 * {@code store} → {@code db} (how SQL is run); never back, and no cycle among any of them. What the operator watches
 * ({@code ops}: health, metrics' access, request ids) looks at the services, the store and the database, and nothing
 * depends on it.
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
            .layer("db")
            .definedBy(WEB + ".db..")
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
            .layer("notify")
            .definedBy(WEB + ".notify..")
            .layer("certify")
            .definedBy(WEB + ".certify..")
            .layer("parta")
            .definedBy(WEB + ".parta..")
            .layer("partb")
            .definedBy(WEB + ".partb..")
            .layer("configure")
            .definedBy(WEB + ".configure..")
            .layer("ops")
            .definedBy(WEB + ".ops..")
            .layer("admin")
            .definedBy(WEB + ".admin..")
            .layer("supervise")
            .definedBy(WEB + ".supervise..")
            .layer("statistics")
            .definedBy(WEB + ".statistics..")
            .whereLayer("db")
            .mayNotAccessAnyLayer()
            .whereLayer("store")
            .mayOnlyAccessLayers("db")
            .whereLayer("services")
            .mayOnlyAccessLayers("store", "db")
            .whereLayer("file")
            .mayOnlyAccessLayers("services", "store", "db")
            .whereLayer("site")
            .mayOnlyAccessLayers("file", "services", "store", "db")
            .whereLayer("account")
            .mayOnlyAccessLayers("site", "file", "services", "store", "db")
            .whereLayer("notify")
            .mayOnlyAccessLayers("site", "account", "file", "services", "store", "db")
            .whereLayer("certify")
            .mayOnlyAccessLayers("site", "account", "file", "services", "store", "db")
            .whereLayer("parta")
            .mayOnlyAccessLayers("site", "certify", "file", "services", "store", "db")
            .whereLayer("partb")
            .mayOnlyAccessLayers("site", "certify", "file", "services", "store", "db")
            .whereLayer("configure")
            .mayOnlyAccessLayers("site", "account", "file", "services", "store", "db")
            .whereLayer("ops")
            .mayOnlyAccessLayers("site", "services", "store", "db")
            .whereLayer("ops")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("admin")
            .mayOnlyAccessLayers("site", "account", "file", "services", "store", "db")
            .whereLayer("supervise")
            .mayOnlyAccessLayers("site", "file", "services", "store", "db")
            .whereLayer("statistics")
            .mayOnlyAccessLayers("supervise", "site", "account", "file", "services", "store", "db");

    /** The application's main and settings are below every feature: every room may read the settings. */
    @ArchTest
    static final ArchRule applicationRootDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage(WEB)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(WEB + ".*..");
}
