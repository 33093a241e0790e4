package nl.baken.questionnaire;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.baken.questionnaire.YamlNode.Entry;
import nl.baken.questionnaire.YamlNode.YamlList;
import nl.baken.questionnaire.YamlNode.YamlMap;
import nl.baken.questionnaire.YamlNode.YamlScalar;

/** Builds the model from a YAML tree and reports, with positions, everything in it that breaks the contract. */
final class QuestionnaireReader {

    private static final Pattern FILE_ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern ITEM_ID = Pattern.compile("[a-z0-9_]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final List<String> FILE_KEYS =
            List.of("id", "version", "title", "languages", "client_languages", "indicators", "exploitation_forms",
                    "sections");
    private static final List<String> SECTION_KEYS = List.of("id", "title", "intro", "show_if", "questions");
    private static final List<String> QUESTION_KEYS = List.of("id", "type", "asked_to", "text", "why", "choices",
            "show_if", "share", "signals", "urgent_if", "role", "remember", "approximate");
    private static final List<String> CHOICE_KEYS = List.of("value", "label");
    private static final List<String> SIGNAL_KEYS = List.of("when", "indicator", "exploitation");
    private static final List<String> FORMS_KEYS = List.of("question", "map");
    /** The value of {@code exploitation} that takes a signal's forms from the case's answer. */
    private static final String CASE_FORMS = "case";

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private List<String> languages = List.of();
    private List<String> clientLanguages = List.of();
    private final Map<String, LocalizedText> indicators = new LinkedHashMap<>();
    private final Map<String, Integer> sectionIds = new HashMap<>();
    private final Map<String, Integer> questionIds = new HashMap<>();
    private KnownQuestions known;
    private final Map<Role, Integer> roleLines = new EnumMap<>(Role.class);
    /** Whether the file has {@code exploitation_forms}, and the question it names when that one is known. */
    private boolean hasForms;
    private KnownQuestions.Known formsQuestion;
    private ConditionReader conditions;
    private int questionIndex;

    QuestionnaireReader(String file) {
        this.file = file;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The questionnaire as far as it could be read; only meaningful when no error was reported. */
    Questionnaire read(YamlNode root) {
        if (!(root instanceof YamlMap map)) {
            error(root, "questionnaire.file.not_a_map");
            return null;
        }
        known = KnownQuestions.scan(root);
        conditions = new ConditionReader(file, known, problems);
        keys(map, FILE_KEYS, "id", "version", "title", "languages", "sections");
        String id = id(map, FILE_ID, "questionnaire.id.file_pattern");
        int version = version(map.get("version"));
        languages = languageList(map, "languages", true);
        clientLanguages = languageList(map, "client_languages", false);
        for (String lang : clientLanguages) {
            if (languages.contains(lang)) {
                Entry e = map.entries().get("client_languages");
                error(e.value(), "questionnaire.language.also_in_languages", lang);
            }
        }
        LocalizedText title = text(map.get("title"), false);
        readIndicators(map.get("indicators"));
        hasForms = map.has("exploitation_forms");
        ExploitationForms forms = hasForms ? exploitationForms(map.get("exploitation_forms")) : null;
        List<Section> sections = new ArrayList<>();
        YamlNode sectionsNode = map.get("sections");
        if (sectionsNode != null) {
            if (sectionsNode instanceof YamlList list && !list.items().isEmpty()) {
                for (int i = 0; i < list.items().size(); i++) {
                    Section s = section(list.items().get(i), i);
                    if (s != null) {
                        sections.add(s);
                    }
                }
            } else {
                error(sectionsNode, "questionnaire.key.not_a_nonempty_list", "sections");
            }
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return null;
        }
        return new Questionnaire(id, version, title, languages, clientLanguages, indicators, sections,
                Optional.ofNullable(forms));
    }

    private Section section(YamlNode node, int sectionIndex) {
        if (!(node instanceof YamlMap map)) {
            error(node, "questionnaire.section.not_a_map");
            return null;
        }
        keys(map, SECTION_KEYS, "id", "title", "questions");
        String id = id(map, ITEM_ID, "questionnaire.id.pattern");
        if (id != null) {
            Integer first = sectionIds.putIfAbsent(id, map.get("id").line());
            if (first != null) {
                error(map.get("id"), "questionnaire.id.duplicate_section", id, first);
            }
        }
        LocalizedText title = text(map.get("title"), false);
        Optional<LocalizedText> intro = Optional.ofNullable(
                map.has("intro") ? text(map.get("intro"), readOut(map.get("questions"))) : null);
        int start = known.sectionStart(sectionIndex);
        Optional<Condition> showIf = Optional.ofNullable(
                map.has("show_if") ? conditions.read(map.get("show_if"), start - 1, true) : null);
        List<Question> questions = new ArrayList<>();
        YamlNode questionsNode = map.get("questions");
        if (questionsNode != null) {
            if (questionsNode instanceof YamlList list && !list.items().isEmpty()) {
                for (YamlNode item : list.items()) {
                    Question q = question(item, questionIndex++);
                    if (q != null) {
                        questions.add(q);
                    }
                }
            } else {
                error(questionsNode, "questionnaire.key.not_a_nonempty_list", "questions");
            }
        }
        return new Section(id == null ? "" : id, title, intro, showIf, questions);
    }

    private Question question(YamlNode node, int index) {
        if (!(node instanceof YamlMap map)) {
            error(node, "questionnaire.question.not_a_map");
            return null;
        }
        keys(map, QUESTION_KEYS, "id", "type", "text");
        String id = id(map, ITEM_ID, "questionnaire.id.pattern");
        if (id != null) {
            Integer first = questionIds.putIfAbsent(id, map.get("id").line());
            if (first != null) {
                error(map.get("id"), "questionnaire.id.duplicate_question", id, first);
            }
        }
        String name = id == null ? "?" : id;
        QuestionType type = null;
        YamlNode t = map.get("type");
        if (t != null) {
            type = scalarText(t).flatMap(QuestionType::fromYaml).orElse(null);
            if (type == null) {
                error(t, "questionnaire.type.unknown", QuestionType.yamlNames());
            }
        }
        AskedTo askedTo = AskedTo.CLIENT;
        YamlNode a = map.get("asked_to");
        if (a != null) {
            askedTo = scalarText(a).flatMap(AskedTo::fromYaml).orElse(null);
            if (askedTo == null) {
                error(a, "questionnaire.asked_to.unknown");
                askedTo = AskedTo.CLIENT;
            }
        }
        boolean clientFacing = askedTo == AskedTo.CLIENT;
        LocalizedText text = text(map.get("text"), clientFacing);
        Optional<LocalizedText> why = Optional.ofNullable(map.has("why") ? text(map.get("why"), clientFacing) : null);
        if (!map.has("why") && type != null && type != QuestionType.NOTE) {
            error(map, "questionnaire.why.missing", name);
        }
        if (type == QuestionType.NOTE) {
            for (String key : List.of("share", "signals", "urgent_if", "remember")) {
                Entry e = map.entries().get(key);
                if (e != null) {
                    error(e, "questionnaire.note.key_not_allowed", key);
                }
            }
        }
        List<Choice> choices = choices(map, type, name, clientFacing);
        Optional<Condition> showIf = Optional.ofNullable(
                map.has("show_if") ? conditions.read(map.get("show_if"), index, false) : null);
        Set<Audience> share = share(map.get("share"));
        List<Signal> signals = signals(map.get("signals"), index);
        Optional<Condition> urgentIf = Optional.ofNullable(
                map.has("urgent_if") ? conditions.read(map.get("urgent_if"), index, true) : null);
        Optional<Role> role = role(map.get("role"), type);
        Remember remember = remember(map.get("remember"));
        boolean approximate = approximate(map, type);
        return new Question(name, type == null ? QuestionType.TEXT : type, askedTo, text, why, choices, showIf,
                share, signals, urgentIf, role, remember, approximate);
    }

    /** A section's intro is read out unless every question of the section is the worker's alone. */
    private static boolean readOut(YamlNode questions) {
        if (!(questions instanceof YamlList list)) {
            return true;
        }
        return list.items().stream().anyMatch(q -> !(q instanceof YamlMap m && m.get("asked_to") instanceof YamlScalar a
                && "worker".equals(a.text())));
    }

    private Optional<Role> role(YamlNode node, QuestionType type) {
        if (node == null) {
            return Optional.empty();
        }
        Optional<Role> role = scalarText(node).flatMap(Role::fromYaml);
        if (role.isEmpty()) {
            error(node, "questionnaire.role.unknown", Role.yamlNames());
            return Optional.empty();
        }
        Integer first = roleLines.putIfAbsent(role.get(), node.line());
        if (first != null) {
            error(node, "questionnaire.role.duplicate", role.get().yamlName(), first);
        }
        if (type != null && !role.get().fits(type)) {
            error(node, "questionnaire.role.wrong_type", role.get().yamlName(), type.yamlName(),
                    role.get().typeNames());
        }
        return role;
    }

    private Remember remember(YamlNode node) {
        if (node == null) {
            return Remember.CASE;
        }
        Optional<Remember> remember = scalarText(node).flatMap(Remember::fromYaml);
        if (remember.isEmpty()) {
            error(node, "questionnaire.remember.unknown");
            return Remember.CASE;
        }
        return remember.get();
    }

    private boolean approximate(YamlMap map, QuestionType type) {
        Entry entry = map.entries().get("approximate");
        if (entry == null) {
            return false;
        }
        if (!(entry.value() instanceof YamlScalar s) || !s.isBoolean()) {
            error(entry.value(), "questionnaire.approximate.not_boolean");
            return false;
        }
        if (type != null && type != QuestionType.DATE) {
            error(entry, "questionnaire.approximate.not_a_date", type.yamlName());
            return false;
        }
        return s.kind() == YamlScalar.Kind.TRUE;
    }

    /** {@code exploitation_forms}: a single or multi question of this file, and a form for each of its choices. */
    private ExploitationForms exploitationForms(YamlNode node) {
        if (!(node instanceof YamlMap map)) {
            error(node, "questionnaire.key.not_a_map", "exploitation_forms");
            return null;
        }
        keys(map, FORMS_KEYS, FORMS_KEYS.toArray(String[]::new));
        YamlNode q = map.get("question");
        if (q != null) {
            Optional<String> id = scalarText(q);
            KnownQuestions.Known named = id.map(known::get).orElse(null);
            if (named == null) {
                error(q, "questionnaire.forms.unknown_question", id.orElse(""));
            } else if (named.type() == null) {
                // its type is reported at the question
            } else if (!named.type().hasChoices()) {
                error(q, "questionnaire.forms.not_a_choice_question", named.id(), named.type().yamlName());
            } else {
                formsQuestion = named;
            }
        }
        YamlNode m = map.get("map");
        if (m == null) {
            return null;
        }
        if (!(m instanceof YamlMap choices)) {
            error(m, "questionnaire.key.not_a_map", "map");
            return null;
        }
        Map<String, Exploitation> forms = new LinkedHashMap<>();
        for (Entry entry : choices.entries().values()) {
            if (formsQuestion != null && !formsQuestion.choiceValues().contains(entry.key())) {
                error(entry, "questionnaire.forms.unknown_choice", entry.key(), formsQuestion.id(),
                        String.join(", ", formsQuestion.choiceValues()));
            }
            Optional<Exploitation> form = scalarText(entry.value()).flatMap(Exploitation::fromYaml);
            if (form.isEmpty()) {
                error(entry.value(), "questionnaire.signal.unknown_exploitation", Exploitation.yamlNames());
            } else {
                forms.put(entry.key(), form.get());
            }
        }
        if (formsQuestion != null) {
            for (String value : formsQuestion.choiceValues()) {
                if (!choices.has(value)) {
                    error(choices, "questionnaire.forms.choice_missing", value, formsQuestion.id());
                }
            }
        }
        return formsQuestion == null ? null : new ExploitationForms(formsQuestion.id(), forms);
    }

    private List<Choice> choices(YamlMap map, QuestionType type, String questionId, boolean clientFacing) {
        List<Choice> choices = new ArrayList<>();
        Entry entry = map.entries().get("choices");
        if (type != null && type.hasChoices() && entry == null) {
            error(map, "questionnaire.choices.missing", questionId, type.yamlName());
            return choices;
        }
        if (entry == null) {
            return choices;
        }
        if (type != null && !type.hasChoices()) {
            error(entry, "questionnaire.choices.not_allowed", type.yamlName());
            return choices;
        }
        if (!(entry.value() instanceof YamlList list) || list.items().isEmpty()) {
            error(entry.value(), "questionnaire.key.not_a_nonempty_list", "choices");
            return choices;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlMap c)) {
                error(item, "questionnaire.choice.not_a_map");
                continue;
            }
            keys(c, CHOICE_KEYS, "value", "label");
            LocalizedText label = text(c.get("label"), clientFacing);
            YamlNode v = c.get("value");
            if (v == null) {
                continue;
            }
            if (!(v instanceof YamlScalar s) || s.isNull() || s.text().isBlank()) {
                error(v, "questionnaire.choice.value_not_text");
                continue;
            }
            Integer first = seen.putIfAbsent(s.text(), s.line());
            if (first != null) {
                error(v, "questionnaire.choice.duplicate", s.text(), first);
            }
            choices.add(new Choice(s.text(), label));
        }
        return choices;
    }

    private Set<Audience> share(YamlNode node) {
        if (node == null) {
            return Set.of(Audience.COORDINATOR);
        }
        Set<Audience> share = EnumSet.noneOf(Audience.class);
        if (!(node instanceof YamlList list)) {
            error(node, "questionnaire.key.not_a_list", "share");
            return share;
        }
        for (YamlNode item : list.items()) {
            Optional<Audience> audience = scalarText(item).flatMap(Audience::fromYaml);
            if (audience.isEmpty()) {
                error(item, "questionnaire.share.unknown", Audience.yamlNames());
            } else {
                share.add(audience.get());
            }
        }
        return share;
    }

    private List<Signal> signals(YamlNode node, int index) {
        List<Signal> signals = new ArrayList<>();
        if (node == null) {
            return signals;
        }
        if (!(node instanceof YamlList list) || list.items().isEmpty()) {
            error(node, "questionnaire.key.not_a_nonempty_list", "signals");
            return signals;
        }
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlMap map)) {
                error(item, "questionnaire.signal.not_a_map");
                continue;
            }
            keys(map, SIGNAL_KEYS, "when", "indicator", "exploitation");
            Condition when = map.has("when") ? conditions.read(map.get("when"), index, true) : null;
            String indicator = null;
            YamlNode i = map.get("indicator");
            if (i != null) {
                indicator = scalarText(i).orElse(null);
                if (indicator == null || !indicators.containsKey(indicator)) {
                    error(i, "questionnaire.signal.unknown_indicator", indicator == null ? "" : indicator);
                }
            }
            Set<Exploitation> types = EnumSet.noneOf(Exploitation.class);
            YamlNode e = map.get("exploitation");
            boolean ofCase = e instanceof YamlScalar s && CASE_FORMS.equals(s.text());
            if (ofCase) {
                caseForms(e, index);
            } else if (e != null) {
                if (e instanceof YamlList kinds && !kinds.items().isEmpty()) {
                    for (YamlNode kind : kinds.items()) {
                        Optional<Exploitation> x = scalarText(kind).flatMap(Exploitation::fromYaml);
                        if (x.isEmpty()) {
                            error(kind, "questionnaire.signal.unknown_exploitation", Exploitation.yamlNames());
                        } else {
                            types.add(x.get());
                        }
                    }
                } else {
                    error(e, "questionnaire.key.not_a_nonempty_list", "exploitation");
                }
            }
            if (when != null && indicator != null) {
                signals.add(new Signal(when, indicator, types, ofCase));
            }
        }
        return signals;
    }

    /** {@code exploitation: case} needs the file's {@code exploitation_forms}, asked before this question. */
    private void caseForms(YamlNode node, int index) {
        if (!hasForms) {
            error(node, "questionnaire.signal.case_without_forms");
        } else if (formsQuestion != null && index <= formsQuestion.index()) {
            error(node, "questionnaire.signal.case_before_forms", formsQuestion.id());
        }
    }

    private void readIndicators(YamlNode node) {
        if (node == null) {
            return;
        }
        if (!(node instanceof YamlMap map)) {
            error(node, "questionnaire.key.not_a_map", "indicators");
            return;
        }
        for (Entry entry : map.entries().values()) {
            indicators.put(entry.key(), text(entry.value(), false));
        }
    }

    /** A text in every language of {@code languages}; a client-facing one may also miss a client language. */
    private LocalizedText text(YamlNode node, boolean clientFacing) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (node == null) {
            return new LocalizedText(texts);
        }
        if (!(node instanceof YamlMap map)) {
            error(node, "questionnaire.text.not_a_map", String.join(", ", languages));
            return new LocalizedText(texts);
        }
        for (Entry entry : map.entries().values()) {
            if (!languages.contains(entry.key()) && !clientLanguages.contains(entry.key())) {
                List<String> all = new ArrayList<>(languages);
                all.addAll(clientLanguages);
                error(entry, "questionnaire.text.unknown_language", entry.key(), String.join(", ", all));
                continue;
            }
            if (!(entry.value() instanceof YamlScalar s) || s.isNull() || s.text().isBlank()) {
                error(entry.value(), "questionnaire.text.empty", entry.key());
                continue;
            }
            texts.put(entry.key(), s.text());
        }
        for (String lang : languages) {
            if (!map.has(lang)) {
                error(node, "questionnaire.text.missing_language", lang);
            }
        }
        if (clientFacing) {
            for (String lang : clientLanguages) {
                if (!map.has(lang)) {
                    problems.add(Problem.warning(file, node.line(), node.column(),
                            "questionnaire.text.missing_client_language", lang));
                }
            }
        }
        return new LocalizedText(texts);
    }

    private List<String> languageList(YamlMap map, String key, boolean required) {
        YamlNode node = map.get(key);
        List<String> result = new ArrayList<>();
        if (node == null) {
            return result;
        }
        if (!(node instanceof YamlList list) || (required && list.items().isEmpty())) {
            error(node, required ? "questionnaire.key.not_a_nonempty_list" : "questionnaire.key.not_a_list", key);
            return result;
        }
        for (YamlNode item : list.items()) {
            String lang = scalarText(item).orElse("");
            if (!LANGUAGE.matcher(lang).matches()) {
                error(item, "questionnaire.language.code");
            } else if (result.contains(lang)) {
                error(item, "questionnaire.language.duplicate", lang);
            } else {
                result.add(lang);
            }
        }
        return result;
    }

    private int version(YamlNode node) {
        if (node == null) {
            return 0;
        }
        if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.INTEGER && s.text().matches("[0-9]+")) {
            try {
                int version = Integer.parseInt(s.text());
                if (version >= 1) {
                    return version;
                }
            } catch (NumberFormatException e) {
                // too large: reported below
            }
        }
        error(node, "questionnaire.version.not_integer");
        return 0;
    }

    /** The id of a file, section or question, when present and well formed. */
    private String id(YamlMap map, Pattern pattern, String patternKey) {
        YamlNode node = map.get("id");
        if (node == null) {
            return null;
        }
        Optional<String> text = scalarText(node);
        if (text.isEmpty() || !pattern.matcher(text.get()).matches()) {
            error(node, patternKey, text.orElse(""));
            return null;
        }
        return text.get();
    }

    /** Reports unknown keys (at the key) and missing required keys (at the map). */
    private void keys(YamlMap map, List<String> allowed, String... required) {
        for (Entry entry : map.entries().values()) {
            if (!allowed.contains(entry.key())) {
                error(entry, "questionnaire.key.unknown", entry.key(), String.join(", ", allowed));
            }
        }
        for (String key : required) {
            if (!map.has(key)) {
                error(map, "questionnaire.key.missing", key);
            }
        }
    }

    private static Optional<String> scalarText(YamlNode node) {
        return node instanceof YamlScalar s && !s.isNull() ? Optional.of(s.text()) : Optional.empty();
    }

    private void error(YamlNode node, String key, Object... args) {
        problems.add(Problem.error(file, node.line(), node.column(), key, args));
    }

    private void error(Entry entry, String key, Object... args) {
        problems.add(Problem.error(file, entry.line(), entry.column(), key, args));
    }
}
