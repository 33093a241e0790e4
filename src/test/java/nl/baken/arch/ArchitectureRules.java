package nl.baken.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * ARCHITECTURE.md's package table as ArchUnit rules, written once for a root package: {@code nl.baken} for the
 * real code, a test-only root for the planted violations that prove each rule fails when it should.
 */
final class ArchitectureRules {

    /**
     * "Features" in the rows of cli and session: the table's packages ("one per feature") below both, without app,
     * cli, session and any ui (the cli row says "never a ui"). ADR 0009 records this reading.
     */
    private static final List<String> FEATURES = List.of("vault", "store", "questionnaire", "intake", "cases",
            "consent", "audit", "referral", "backup", "reports", "i18n");

    /**
     * The table's "may use" column, Baken packages only (libraries are ruled separately), exactly as written there;
     * {@code app} may use everything and has no row here.
     */
    static final Map<String, Set<String>> MAY_USE = table();

    /** Packages the table plans that no code has yet: their rules start to apply the day their first class lands. */
    static final Set<String> NOT_BUILT_YET = Set.of();

    static final String APP = "app";

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    private static Map<String, Set<String>> table() {
        Map<String, Set<String>> t = new LinkedHashMap<>();
        Set<String> cli = new LinkedHashSet<>(List.of("session"));
        cli.addAll(FEATURES);
        t.put("cli", cli);
        t.put("session", new LinkedHashSet<>(FEATURES));
        t.put("vault", Set.of("store"));
        t.put("store", Set.of());
        t.put("questionnaire", Set.of());
        t.put("intake", Set.of("questionnaire", "store", "cases", "consent", "audit"));
        t.put("cases", Set.of("store", "audit", "questionnaire"));
        t.put("consent", Set.of("store", "audit"));
        t.put("audit", Set.of("store"));
        t.put("referral", Set.of("questionnaire", "consent", "cases", "intake", "audit", "store"));
        t.put("backup", Set.of("vault", "store", "audit"));
        t.put("reports", Set.of("questionnaire", "cases", "intake", "consent", "referral", "audit", "store"));
        t.put("ui", Set.of("i18n"));
        t.put("i18n", Set.of());
        return t;
    }

    /** Every package the table names, app included. */
    static Set<String> tablePackages() {
        Set<String> all = new TreeSet<>(MAY_USE.keySet());
        all.add(APP);
        return all;
    }

    /** The package of the table a class belongs to: the first name below the root ("" for the root itself). */
    String packageOf(JavaClass c) {
        String name = c.getPackageName();
        if (name.equals(root)) {
            return "";
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private boolean isOurs(JavaClass c) {
        return c.getPackageName().equals(root) || c.getPackageName().startsWith(root + ".");
    }

    private DescribedPredicate<JavaClass> oursOutside(Set<String> allowed) {
        return DescribedPredicate.describe("are Baken classes outside " + new TreeSet<>(allowed),
                c -> isOurs(c) && !allowed.contains(packageOf(c)));
    }

    /** A package's code outside its {@code ui} uses only itself and its row of the table. */
    ArchRule row(String pkg) {
        Set<String> allowed = new TreeSet<>(MAY_USE.get(pkg));
        String reason = pkg + " may use only " + (allowed.isEmpty() ? "itself" : String.join(", ", allowed))
                + " (ARCHITECTURE.md's package table)";
        allowed.add(pkg);
        return noClasses().that().resideInAPackage(root + "." + pkg + "..")
                .and().resideOutsideOfPackage(root + "." + pkg + ".ui..")
                .should().dependOnClassesThat(oursOutside(allowed))
                .because(reason);
    }

    /** A feature's {@code ui}: its own feature's row, the shared {@code ui} and {@code i18n}. */
    ArchRule uiRow(String pkg) {
        Set<String> allowed = new TreeSet<>(MAY_USE.get(pkg));
        allowed.add(pkg);
        allowed.add("ui");
        allowed.add("i18n");
        return noClasses().that().resideInAPackage(root + "." + pkg + ".ui..")
                .should().dependOnClassesThat(oursOutside(allowed))
                .because(pkg + ".ui may use only nl.baken.ui, i18n and what " + pkg + " may use (ARCHITECTURE.md)");
    }

    /** No code outside a {@code ui} package (and outside app, the GUI itself) touches a view or JavaFX. */
    ArchRule nonUiUsesNoUiAndNoJavaFx() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + "..ui..", root + "." + APP + "..")
                .should().dependOnClassesThat().resideInAnyPackage(root + "..ui..", "javafx..", "org.controlsfx..",
                        "atlantafx..")
                .because("non-ui code never uses a ui package or JavaFX: services run and are tested without an FX"
                        + " toolkit, and nothing flows back up to a view (ARCHITECTURE.md)");
    }

    /** One feature's views never use another feature's views. */
    ArchRule uiStaysInItsFeature(String pkg) {
        String own = root + "." + pkg + ".ui";
        String shared = root + ".ui";
        return noClasses().that().resideInAPackage(own + "..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are in another feature's ui package", c -> isOurs(c) && isUi(c.getPackageName())
                                && !within(c.getPackageName(), own) && !within(c.getPackageName(), shared)))
                .because(pkg + ".ui never uses another feature's ui: navigation between screens goes through app"
                        + " (ARCHITECTURE.md)");
    }

    private static boolean isUi(String pkg) {
        return pkg.endsWith(".ui") || pkg.contains(".ui.");
    }

    private static boolean within(String pkg, String parent) {
        return pkg.equals(parent) || pkg.startsWith(parent + ".");
    }

    /** Views bind to view models: no SQL, jOOQ or generated table in a ui package. */
    ArchRule viewsUseNoDatabase() {
        return noClasses().that().resideInAPackage(root + "..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..",
                        root + ".store.generated..")
                .because("views import no org.jooq.* and no java.sql.*: only repositories talk to the database"
                        + " (ARCHITECTURE.md)");
    }

    /** The questionnaire row's "nothing of FX or DB". */
    ArchRule questionnaireUsesNoFxAndNoDatabase() {
        return noClasses().that().resideInAPackage(root + ".questionnaire..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jooq..",
                        "java.sql..", "org.h2..")
                .because("the questionnaire model, loader and flow use nothing of FX or the database"
                        + " (ARCHITECTURE.md)");
    }

    /** The GUI never reaches into the command line (the command line's row keeps it out of app). */
    ArchRule appNeverUsesCli() {
        return noClasses().that().resideInAPackage(root + "." + APP + "..")
                .should().dependOnClassesThat().resideInAPackage(root + ".cli..")
                .because("app and cli both stand on session; the launcher above them picks one (ARCHITECTURE.md)");
    }

    /** The launcher stands above everything: nothing uses it. */
    ArchRule nothingUsesTheLauncher() {
        return noClasses().that().resideOutsideOfPackage(root)
                .should().dependOnClassesThat().resideInAPackage(root)
                .because("the launcher stands above app and cli; nothing points back up to it (ARCHITECTURE.md)");
    }

    /** No cycle between any two packages of the table, app and cli included. */
    ArchRule noCycles() {
        return slices().matching(root + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .because("there is no cycle between any two packages (ARCHITECTURE.md)");
    }
}
