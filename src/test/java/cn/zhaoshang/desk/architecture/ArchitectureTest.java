package cn.zhaoshang.desk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers: the UI never touches SQL (jOOQ, generated classes, JDBC, the Database itself); the
 * database layer never touches JavaFX; services stay free of JavaFX too, so the command line and
 * tests use them without a toolkit.
 */
@AnalyzeClasses(packages = "cn.zhaoshang.desk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule uiDoesNotTouchSql = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "cn.zhaoshang.desk.generated..", "java.sql..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("cn.zhaoshang.desk.common.db.Database")
            .because("screens ask services; only db/ packages speak SQL");

    @ArchTest
    static final ArchRule dbDoesNotTouchJavaFx = noClasses().that().resideInAPackage("..db..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("the database layer runs without a toolkit (command line, server, tests)");

    @ArchTest
    static final ArchRule servicesDoNotTouchJavaFx = noClasses().that().resideOutsideOfPackages("..ui..", "..app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("only ui packages and the app's shell use JavaFX");

    @ArchTest
    static final ArchRule generatedClassesOnlyInDb = noClasses()
            .that().resideOutsideOfPackages("..db..", "cn.zhaoshang.desk.generated..")
            .should().dependOnClassesThat().resideInAPackage("cn.zhaoshang.desk.generated..")
            .because("jOOQ's generated classes belong to the db/ packages of each feature");

    @ArchTest
    static final ArchRule screensTalkToServicesNotRepositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat(resideInAPackage("..db..").and(not(resideInAPackage("..common.db.."))))
            .because("a screen talks to its feature's service, never to a feature's db/ package");
}
