package cn.zhaoshang.desk.common.i18n;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.chain.NodeStrength;
import cn.zhaoshang.desk.common.db.WriteRuns;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.company.CompanyColumn;
import cn.zhaoshang.desk.company.DuplicateMatch;
import cn.zhaoshang.desk.company.InteractionKind;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.company.SourceChannel;
import cn.zhaoshang.desk.dashboard.Indicator;
import cn.zhaoshang.desk.dashboard.PeriodKind;
import cn.zhaoshang.desk.dashboard.ReportService;
import cn.zhaoshang.desk.escalation.EscalatedItem;
import cn.zhaoshang.desk.project.LaggingList;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.project.StageField;
import cn.zhaoshang.desk.project.ui.ProjectAreaView;
import cn.zhaoshang.desk.request.RequestCategory;
import cn.zhaoshang.desk.request.ui.RequestListViewModel;
import cn.zhaoshang.desk.security.EncryptionService;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.task.LinkedRecord;
import cn.zhaoshang.desk.task.SupervisionLevel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the code asks the bundles for is there, so that no screen shows a missing-key text: every key the code
 * writes as a literal exists in both languages; every family of keys it builds from an enum
 * ({@code "request.action." + action.name()}) has a key for each constant; every labelled enum
 * ({@code enum.<SimpleName>.<CONSTANT>}) has a label for each constant and a simple name of its own; no key is
 * defined twice. If one slips through anyway, {@link Messages} shows the key's last part, never a marker.
 */
class KeysInCodeTest {
    /** A literal shaped like a key ("company.form.name"), not the head or tail of a concatenation. */
    private static final Pattern KEY_LITERAL =
            Pattern.compile("(?<!\\+\\s{0,2})\"([a-zA-Z][\\w-]*(?:\\.[\\w-]+)+)\"(?!\\s*\\+)");
    /** The head of a key the code completes at run time ("request.action." + action.name()). */
    private static final Pattern FAMILY_LITERAL = Pattern.compile("\"([a-zA-Z][\\w.-]*\\.)\"\\s*\\+");

    /** Literals shaped like keys that name something other than a text. */
    private static final Set<String> NOT_TEXTS = Set.of(
            // local settings (LocalSettings)
            "backup.dir", "chain.lastChain", "db.mode", "db.url", "db.user", "security.idleMinutes", "sync.url",
            "sync.user", "task.lastTab",
            // settings rows in the database
            "attachment.key", "escalation.manager_days", "escalation.team_lead_days",
            // file names
            "project.css", "settings.properties", "settings.properties.tmp");

    /** Families completed with an enum constant's name: each constant the code can show has its key. */
    private static final Map<String, List<String>> ENUM_FAMILIES = Map.ofEntries(
            entry("carrier.order.", names(enumClass("cn.zhaoshang.desk.carrier.ui.CarrierListViewModel$Order"))),
            entry("carrier.stage.", names(ProjectStage.class)),
            entry("chain.legend.", names(NodeStrength.class)),
            entry("chain.stage.", names(ProjectStage.class)),
            entry("chain.status.", names(PursuitStatus.class)),
            entry("cli.recovered.kind.", names(WriteRuns.Kind.class)),
            entry("company.column.", names(CompanyColumn.class)),
            entry("company.duplicate.reason.", names(DuplicateMatch.Reason.class)),
            entry("company.validation.uscc.", names(Uscc.Problem.class)),
            entry("dashboard.channel.", names(SourceChannel.class)),
            entry("dashboard.period.", names(PeriodKind.class)),
            // the map's stage filter offers the project stages; visit kinds beside them fall back to the code
            entry("dashboard.stage.", names(ProjectStage.class)),
            entry("dashboard.supervision.", names(SupervisionLevel.class)),
            entry("enum.Indicator.", names(Indicator.class)),
            entry("enum.RequestCategory.", names(RequestCategory.class)),
            entry("escalation.kind.", names(EscalatedItem.Subject.class)),
            entry("exchange.reason.uscc.", names(Uscc.Problem.class)),
            entry("exchange.unit.", names(Money.Unit.class)),
            entry("map.periodKind.", names(PeriodKind.class)),
            entry("map.status.", names(PursuitStatus.class)),
            entry("project.lagging.short.", names(LaggingList.class)),
            entry("project.mode.", names(ProjectAreaView.Mode.class)),
            entry("project.transition.error.required.", names(StageField.class)),
            entry("project.transition.error.uscc.", names(Uscc.Problem.class)),
            entry("report.masthead.", names(ReportService.Kind.class)),
            entry("report.section.next.", names(ReportService.Kind.class)),
            entry("report.title.", names(ReportService.Kind.class)),
            entry("request.action.", names(RequestListViewModel.Action.class)),
            entry("request.step.note.", names(RequestListViewModel.Action.class)),
            entry("settings.encryption.", names(EncryptionService.State.class)),
            entry("settings.users.roleHint.", names(Role.class)),
            // the status bar shows nothing for a team server
            entry("shell.status.encryption.", names(EncryptionService.State.class, "SERVER")),
            entry("task.link.kind.", names(LinkedRecord.Kind.class)),
            entry("task.stage.", names(ProjectStage.class)),
            entry("task.visitKind.", names(InteractionKind.class)));

    /** Families completed with something this test cannot list, and why each is safe. */
    private static final Map<String, String> OTHER_FAMILIES = Map.ofEntries(
            entry("common.currency.", "asked with has() first; the currency code otherwise"),
            entry("company.field.", "the field names of CompanyTexts.describe and of the command line's show"),
            entry("dashboard.tile.", "the tiles' ids listed beside the lookup in DashboardView"),
            entry("enum.", "Messages.label and history's codes: everyLabelledEnumHasALabelForEachConstant"),
            entry("exchange.log.kind.", "asked with has() first; the stored kind otherwise"),
            entry("exchange.reason.unknownWord.", "the vocabularies' enum names listed in Vocabulary"),
            entry("exchange.wizard.steps.", "the wizard's step numbers 0 to ImportWizardViewModel.RUN"),
            entry("history.action.", "asked with has() first; the stored action otherwise"),
            entry("history.field.", "asked with has() first; the column name otherwise"),
            entry("history.job.", "the job names that HistoryText.COUNT_JOB matches"),
            entry("history.table.", "asked with has() first; the table name otherwise"),
            entry("project.list.column.", "the export's headers listed beside the lookup"),
            entry("project.tour.sheet.", "the route sheet's headers listed beside the lookup"),
            entry("project.transition.error.order.", "the later stage dates, listed in TransitionPolicy"),
            entry("report.ledger.", "the ledger's columns listed beside the lookup"),
            entry("request.dashboard.", "the figures listed beside the lookup in FieldWorkArea"),
            entry("settings.language.", "the language codes the settings offer"),
            entry("settings.theme.", "the theme codes the settings offer"),
            entry("talent.column.", "the export's columns listed beside the lookup in TalentCsv"),
            entry("team.role.", "the membership roles the team screen offers"),
            entry("team.unitKind.", "the unit kinds the team screen offers"),
            entry("zhaoshang.recordOpener.", "not a text: the name of a node property"));

    @Test
    void everyKeyWrittenInTheCodeExistsInBothLanguages() {
        Set<String> chinese = BundleFiles.keysOfLanguage(BundleFiles.CHINESE);
        Set<String> english = BundleFiles.keysOfLanguage(BundleFiles.ENGLISH);
        Set<String> heads = chinese.stream().map(k -> k.substring(0, k.indexOf('.') + 1)).collect(Collectors.toSet());
        Set<String> keys = new TreeSet<>(BundleFiles.literals(KEY_LITERAL));
        keys.removeIf(k -> NOT_TEXTS.contains(k) || heads.stream().noneMatch(k::startsWith));
        assertThat(keys.stream().filter(k -> !chinese.contains(k))).as("keys in src/main/java the Chinese bundles lack")
                .isEmpty();
        assertThat(keys.stream().filter(k -> !english.contains(k))).as("keys in src/main/java the English bundles lack")
                .isEmpty();
    }

    @Test
    void everyFamilyOfKeysBuiltFromAnEnumHasAKeyForEachConstant() {
        for (String language : List.of(BundleFiles.CHINESE, BundleFiles.ENGLISH)) {
            Set<String> keys = BundleFiles.keysOfLanguage(language);
            List<String> missing = new ArrayList<>();
            ENUM_FAMILIES.forEach((family, constants) -> constants.stream().map(c -> family + c)
                    .filter(k -> !keys.contains(k)).forEach(missing::add));
            assertThat(missing).as("keys the code builds from an enum, missing from the " + language + " bundles")
                    .isEmpty();
        }
    }

    @Test
    void everyFamilyTheCodeBuildsIsAccountedFor() {
        Set<String> families = new TreeSet<>(BundleFiles.literals(FAMILY_LITERAL));
        families.removeAll(ENUM_FAMILIES.keySet());
        families.removeAll(OTHER_FAMILIES.keySet());
        assertThat(families).as("key families built in src/main/java: add each to ENUM_FAMILIES or OTHER_FAMILIES")
                .isEmpty();
    }

    @Test
    void everyLabelledEnumHasALabelForEachConstantAndANameOfItsOwn() throws Exception {
        Set<String> chinese = BundleFiles.keysOfLanguage(BundleFiles.CHINESE);
        List<Class<?>> enums = productEnums();
        Map<String, List<String>> labelledBySimpleName = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (Class<?> type : enums) {
            String head = "enum." + type.getSimpleName() + ".";
            if (chinese.stream().noneMatch(k -> k.startsWith(head))) {
                continue;
            }
            labelledBySimpleName.computeIfAbsent(type.getSimpleName(), n -> new ArrayList<>()).add(type.getName());
            names(type).stream().map(c -> head + c).filter(k -> !chinese.contains(k)).forEach(missing::add);
        }
        assertThat(missing).as("labels of enum constants missing from the bundles").isEmpty();
        // Messages.label keys by simple name: two enums of one name would show one label for both.
        enums.stream().filter(e -> labelledBySimpleName.containsKey(e.getSimpleName()))
                .forEach(e -> assertThat(labelledBySimpleName.get(e.getSimpleName()))
                        .as("labelled enums named " + e.getSimpleName()).containsExactly(e.getName()));
    }

    @Test
    void noKeyIsDefinedTwiceWithinOrAcrossBundles() {
        for (String language : List.of(BundleFiles.CHINESE, BundleFiles.ENGLISH)) {
            Map<String, List<String>> placesOfKey = new TreeMap<>();
            for (Path file : BundleFiles.ofLanguage(language)) {
                for (String key : BundleFiles.definitions(file)) {
                    placesOfKey.computeIfAbsent(key, k -> new ArrayList<>()).add(file.getFileName().toString());
                }
            }
            placesOfKey.values().removeIf(places -> places.size() == 1);
            assertThat(placesOfKey).as("keys defined more than once (key → files)").isEmpty();
        }
    }

    @Test
    void aMissingKeyShowsItsLastPartAndNoMarker() {
        Messages messages = new Messages(Messages.CHINESE);
        assertThat(messages.has("dashboard.stage.NOT_A_STAGE")).isFalse();
        assertThat(messages.get("dashboard.stage.NOT_A_STAGE")).isEqualTo("NOT_A_STAGE");
        assertThat(messages.get("no-dots", 1)).isEqualTo("no-dots");
    }

    private static List<String> names(Class<?> type, String... notShown) {
        List<String> hidden = Arrays.asList(notShown);
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .filter(n -> !hidden.contains(n)).toList();
    }

    /** The product's enums, found among its compiled classes (jOOQ's generated ones left out). */
    private static List<Class<?>> productEnums() throws Exception {
        Path classes = Path.of(Messages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> enums = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                if (!name.startsWith("cn.zhaoshang.desk.generated.")) {
                    Class<?> type = Class.forName(name, false, KeysInCodeTest.class.getClassLoader());
                    if (type.isEnum()) {
                        enums.add(type);
                    }
                }
            }
        }
        return enums;
    }

    private static Class<?> enumClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
