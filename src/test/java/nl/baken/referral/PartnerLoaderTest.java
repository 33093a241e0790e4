package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.baken.i18n.Messages;
import nl.baken.questionnaire.Audience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerLoaderTest {

    private final PartnerLoader loader = new PartnerLoader(Messages.of("en"));

    private List<String> problems(String yaml) {
        PartnerDirectory dir = loader.load("p.yaml", new StringReader(yaml));
        assertThat(dir.isValid()).isFalse();
        assertThat(dir.partners()).isEmpty();
        return dir.problems().stream().map(PartnerProblem::format).toList();
    }

    @Test
    void theSeedLoadsCleanly() {
        Path seed = Path.of(System.getProperty("baken.projectDir", "."), "seeds", "partners.yaml");

        PartnerDirectory dir = new PartnerLoader(Messages.of("nl")).load(seed);

        assertThat(dir.problems()).isEmpty();
        assertThat(dir.partners()).extracting(Partner::id).doesNotHaveDuplicates()
                .contains("comensha", "nidos", "arbeidsinspectie", "politie-avim", "slachtofferhulp", "fier",
                        "veilig-thuis", "juridisch-loket", "kmar", "huisarts")
                .doesNotContain("ind");
        assertThat(dir.partners()).allMatch(Partner::national);
        assertThat(dir.byId("nidos")).get().extracting(Partner::audience).isEqualTo("guardian");
        assertThat(dir.byId("comensha")).get().extracting(Partner::audience).isEqualTo("shelter");
        assertThat(dir.byId("arbeidsinspectie")).get().extracting(Partner::audience).isEqualTo("labour_inspection");
        assertThat(dir.byId("politie-avim")).get().extracting(Partner::name).isEqualTo("Politie – AVIM");
        assertThat(dir.forAudience("police")).extracting(Partner::id).containsExactly("politie-avim", "kmar");
        // Every audience but the coordinator's own has somebody to refer to.
        for (String audience : Audience.ids().subList(1, Audience.ids().size())) {
            assertThat(dir.forAudience(audience)).as(audience).isNotEmpty();
        }
    }

    @Test
    void readsAllFields() {
        PartnerDirectory dir = loader.load("p.yaml", new StringReader("""
                partners:
                  - id: opvang-west
                    name: Opvang West
                    audience: shelter
                    contact_person: Intaketeam
                    phone: "010-0000000"
                    secure_email: intake@example.org
                    notes: Alleen op werkdagen.
                """));

        assertThat(dir.problems()).isEmpty();
        assertThat(dir.partners()).containsExactly(new Partner("opvang-west", "Opvang West", "shelter",
                "Intaketeam", "010-0000000", "intake@example.org", "Alleen op werkdagen.", false));
    }

    @Test
    void unknownKey() {
        assertThat(problems("""
                partners:
                  - id: a
                    name: A
                    audience: shelter
                    phnoe: "1"
                """)).containsExactly("p.yaml:5:5: Unknown field \"phnoe\". A typo, perhaps?");
    }

    @Test
    void unknownTopLevelKey() {
        assertThat(problems("""
                partner:
                  - id: a
                """)).containsExactly("p.yaml:1:1: Unknown field \"partner\". A typo, perhaps?",
                "p.yaml:1:1: \"partners\" is missing.");
    }

    @Test
    void duplicateKey() {
        assertThat(problems("""
                partners:
                  - id: a
                    name: A
                    name: B
                    audience: shelter
                """)).containsExactly("p.yaml:4:5: The field \"name\" appears twice here.");
    }

    @Test
    void duplicateId() {
        assertThat(problems("""
                partners:
                  - id: a
                    name: A
                    audience: shelter
                  - id: a
                    name: B
                    audience: police
                """)).containsExactly("p.yaml:5:9: The id \"a\" is already used on line 2.");
    }

    @Test
    void badId() {
        assertThat(problems("""
                partners:
                  - id: Opvang_West
                    name: A
                    audience: shelter
                """)).containsExactly(
                "p.yaml:2:9: The id \"Opvang_West\" may only contain lower-case letters, digits and dashes.");
    }

    @Test
    void unknownAudience() {
        assertThat(problems("""
                partners:
                  - id: a
                    name: A
                    audience: shelters
                """)).containsExactly("p.yaml:4:15: Unknown audience \"shelters\". Choose from: coordinator, "
                + "shelter, police, health, legal, victim_support, labour_inspection, guardian.");
    }

    @Test
    void missingNameAndAudience() {
        assertThat(problems("""
                partners:
                  - id: a
                  - id: b
                    name: ""
                    audience: police
                """)).containsExactly("p.yaml:2:5: \"name\" is missing.", "p.yaml:2:5: \"audience\" is missing.",
                "p.yaml:3:5: \"name\" is missing.");
    }

    @Test
    void wrongTypes() {
        assertThat(problems("""
                partners:
                  - id: a
                    name: [A, B]
                    audience: shelter
                    phone: 1234567
                    national: ja
                """)).containsExactly("p.yaml:3:11: \"name\" must be text. Put the value in quotes.",
                "p.yaml:5:12: \"phone\" must be text. Put the value in quotes.",
                "p.yaml:6:15: \"national\" must be true or false.");
    }

    @Test
    void badEmail() {
        assertThat(problems("""
                partners:
                  - id: a
                    name: A
                    audience: shelter
                    secure_email: intake-at-example
                """)).containsExactly("p.yaml:5:19: This is not a valid e-mail address.");
    }

    @Test
    void notAListOrNotEntries() {
        assertThat(problems("partners: 3\n")).containsExactly(
                "p.yaml:1:11: Under \"partners\" there must be a list, each item on a line starting with \"- \".");
        assertThat(problems("partners:\n  - comensha\n")).containsExactly(
                "p.yaml:2:5: Each item in the list has fields, such as \"id:\", \"name:\" and \"audience:\".");
        assertThat(problems("- a\n")).containsExactly("p.yaml:1:1: The file must start with \"partners:\".");
    }

    @Test
    void brokenYaml() {
        assertThat(problems("""
                partners:
                  - id: a
                    name: "A
                    audience: shelter
                """)).singleElement().asString().matches("p\\.yaml:\\d+:\\d+: This is not valid YAML\\..*");
        assertThat(problems("""
                partners:
                  - id: a
                    name: A
                   audience: shelter
                """)).last().asString().startsWith("p.yaml:4:").endsWith("This is not valid YAML. "
                + "Check the indentation and the colons.");
    }

    @Test
    void reportsEveryProblemNotOnlyTheFirst() {
        assertThat(problems("""
                partners:
                  - id: A
                    name: A
                    audience: x
                  - id: b
                    colour: red
                """)).hasSize(5);
    }

    @Test
    void speaksDutchAndNamesTheFileAsGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("partners.yaml");
        Files.writeString(file, "partners:\n  - id: a\n    name: A\n    audience: politie\n");

        PartnerDirectory result = new PartnerLoader(Messages.of("nl")).load(file);

        assertThat(result.problems()).extracting(PartnerProblem::format).containsExactly(
                file + ":4:15: Onbekende doelgroep \"politie\". Kies uit: coordinator, shelter, police, health, "
                        + "legal, victim_support, labour_inspection, guardian.");
    }

    @Test
    void anUnreadableFileIsAProblemNotACrash(@TempDir Path dir) {
        PartnerDirectory result = loader.load(dir.resolve("absent.yaml"));

        assertThat(result.problems()).extracting(PartnerProblem::line, PartnerProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1));
    }
}
