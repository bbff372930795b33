package cn.zhaoshang.desk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import cn.zhaoshang.desk.common.i18n.Messages;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * The layers: the UI never touches SQL (jOOQ, generated classes, JDBC, the Database itself); the
 * database layer never touches JavaFX; services stay free of JavaFX too, so the command line and
 * tests use them without a toolkit. Features (the first package below {@code cn.zhaoshang.desk}) form no
 * cycle, and only the composition root ({@code app}) knows the composition root. Services keep no
 * {@link Messages}: the language is the edge's, passed per call or applied to what the service returns.
 * File and folder choosers are made by {@code FxDialogService} alone. Environment variables are read where
 * a process starts, and handed down from there.
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

    @ArchTest
    static final ArchRule viewModelsUseNoControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..",
                    "atlantafx..")
            .because("a view model holds state and commands in properties; the view owns nodes, windows and "
                    + "dialogs, so the model is tested without a window");

    @ArchTest
    static final ArchRule onlyTheDialogServiceMakesFileChoosers = noClasses()
            .that().doNotHaveFullyQualifiedName("cn.zhaoshang.desk.common.ui.FxDialogService")
            .should().callConstructor(FileChooser.class)
            .orShould().callConstructor(DirectoryChooser.class)
            .because("screens choose files through DialogService, so a view model's choice is scripted in a test "
                    + "and every chooser gets the same owner window");

    @ArchTest
    static final ArchRule onlyTheCompositionRootUsesTheApp = noClasses()
            // the benchmark (src/bench, its own jar) is a second program that opens the app's Services
            .that().resideOutsideOfPackages("cn.zhaoshang.desk.app..", "cn.zhaoshang.desk.bench..")
            .should().dependOnClassesThat().resideInAPackage("cn.zhaoshang.desk.app..")
            .because("app builds and wires everything; a feature that needs a piece of it gets it passed in "
                    + "or finds it moved down into common");

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("cn.zhaoshang.desk.(*)..")
            .should().beFreeOfCycles()
            // the generated tables name each feature's enums as their column types (decision 0172): a mirror of
            // the schema, not a feature; the features' own dependencies on each other are still checked
            .ignoreDependency(resideInAPackage("cn.zhaoshang.desk.generated.."), alwaysTrue())
            .because("a feature uses another's service or types one way only; what two features share lives in "
                    + "common or in the one that owns it");

    @ArchTest
    static final ArchRule servicesTakeNoMessages = classes()
            .that().resideOutsideOfPackages("..ui..", "..app..", "..cli..")
            // Made for one call from the Messages the edge passed, and dropped after it: an export's writer,
            // the history's wording of one listing, the request records an import or export is asked with.
            .and().doNotHaveFullyQualifiedName("cn.zhaoshang.desk.dashboard.BriefingWriter")
            .and().doNotHaveFullyQualifiedName("cn.zhaoshang.desk.dashboard.LedgerWriter")
            .and().doNotHaveFullyQualifiedName("cn.zhaoshang.desk.history.HistoryText")
            .and().doNotHaveFullyQualifiedName("cn.zhaoshang.desk.exchange.ImportRequest")
            .and().doNotHaveFullyQualifiedName("cn.zhaoshang.desk.exchange.ExportRequest")
            .should(keepNoMessages())
            .because("a service built once with the start-up language never hears of a language switch; it returns "
                    + "keys, enums or records and the edge (view model, view, command) localises, or takes the "
                    + "edge's Messages per call (decision 0171)");

    @ArchTest
    static final ArchRule theEnvironmentIsReadWhereTheProcessStarts = classes()
            .should(readTheEnvironmentOnlyIn(Set.of("cn.zhaoshang.desk.app.Main.main",
                    // JavaFX makes the application object: nobody can hand it the environment
                    "cn.zhaoshang.desk.app.ui.DeskApplication.init",
                    // the benchmark (src/bench, its own jar) is a second program
                    "cn.zhaoshang.desk.bench.BenchCommand.call")))
            .because("everything below an entry point is handed the Environment, so a test runs a command in the "
                    + "tests' JVM with the variables it chooses, and no class reads a password behind its caller's back");

    /** System.getenv is called from the named methods (class and method name) only. */
    private static ArchCondition<JavaClass> readTheEnvironmentOnlyIn(Set<String> entryPoints) {
        return new ArchCondition<>("call System.getenv only in " + entryPoints) {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                    if (call.getTargetOwner().isEquivalentTo(System.class) && call.getName().equals("getenv")
                            && !entryPoints.contains(call.getOriginOwner().getName() + "." + call.getOrigin().getName())) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    /** Neither a field nor a constructor parameter of type {@link Messages}: the language is not captured. */
    private static ArchCondition<JavaClass> keepNoMessages() {
        return new ArchCondition<>("keep no Messages in a field or a constructor parameter") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaField f : c.getFields()) {
                    if (f.getRawType().isEquivalentTo(Messages.class)) {
                        events.add(SimpleConditionEvent.violated(f, f.getFullName() + " keeps a Messages"));
                    }
                }
                for (JavaConstructor k : c.getConstructors()) {
                    if (k.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(Messages.class))) {
                        events.add(SimpleConditionEvent.violated(k, k.getFullName() + " takes a Messages"));
                    }
                }
            }
        };
    }
}
