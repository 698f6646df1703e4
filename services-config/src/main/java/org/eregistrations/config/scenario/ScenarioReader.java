package org.eregistrations.config.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.Cost;
import org.eregistrations.config.catalogue.FormField;
import org.eregistrations.config.catalogue.Question;
import org.eregistrations.config.catalogue.Registration;
import org.eregistrations.config.catalogue.Requirement;
import org.eregistrations.config.catalogue.ValueTypes;
import org.eregistrations.config.yaml.Problems;
import org.eregistrations.config.yaml.YamlMap;
import org.eregistrations.engine.derivation.DerivedSet;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.fact.Kind;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads scenario files: one scenario per file, or a list of them. Values are typed by the catalogue, so a scenario
 * that answers an unknown question or gives a date that is not one is reported with its line.
 */
public final class ScenarioReader {
    private final Catalogue catalogue;
    private final Problems problems;

    public ScenarioReader(Catalogue catalogue, Problems problems) {
        this.catalogue = catalogue;
        this.problems = problems;
    }

    public List<Scenario> read(String file, Node root) {
        List<Scenario> scenarios = new ArrayList<>();
        if (root instanceof SequenceNode sequence) {
            sequence.getValue().forEach(node -> scenarios.add(scenario(YamlMap.of(file, node, problems, "scenario"))));
        } else {
            scenarios.add(scenario(YamlMap.of(file, root, problems, "scenario")));
        }
        return scenarios;
    }

    private Scenario scenario(YamlMap yaml) {
        yaml.allowOnly("scenario", "scenario", "given", "expect");
        String name = yaml.requiredString("scenario", "scenario");
        List<Expectation> expectations = expectations(yaml.map("expect"));
        ComputedTypes.of(catalogue, yaml.line()).ifPresent(expectations::add);
        return new Scenario(name, yaml.file(), yaml.line(), given(yaml.map("given")), expectations);
    }

    private FileValues given(YamlMap given) {
        given.allowOnly(
                "given", "answers", "checked", "chosen", "fields", "lists", "uploaded", "receipts", "affidavitSigned");
        FileValues.Builder values = FileValues.builder();
        YamlMap answers = given.map("answers");
        answers.scalars("answers").forEach((id, raw) -> {
            Optional<Question> question = catalogue.question(id);
            if (question.isEmpty()) {
                problems.error(given.file(), answers.line(id), "answers: no question '" + id + "' in the catalogue");
            } else {
                typed(answers, id, question.get().asField(), raw).ifPresent(value -> values.answer(id, value));
            }
        });
        for (String registration : given.strings("checked")) {
            known(given, "checked", "registration", registration, ids(catalogue.registrations(), Registration::id));
            values.check(registration);
        }
        YamlMap chosen = given.map("chosen");
        chosen.scalars("chosen").forEach((requirement, document) -> {
            List<String> documents = catalogue.requirements().stream()
                    .filter(r -> r.id().equals(requirement))
                    .findFirst()
                    .map(Requirement::documents)
                    .orElse(List.of());
            if (documents.isEmpty()) {
                problems.error(
                        given.file(),
                        chosen.line(requirement),
                        "chosen: requirement '" + requirement + "' offers no choice of documents");
            } else if (!documents.contains(document)) {
                problems.error(
                        given.file(),
                        chosen.line(requirement),
                        "chosen: '" + document + "' is not one of the" + " documents of requirement '" + requirement
                                + "': " + String.join(", ", documents));
            }
            values.choose(requirement, document);
        });
        YamlMap fields = given.map("fields");
        fields.scalars("fields").forEach((name, raw) -> field(fields, name, raw).ifPresent(v -> values.field(name, v)));
        YamlMap lists = given.map("lists");
        for (String list : lists.keys()) {
            Node entries = lists.node(list).orElseThrow();
            if (!(entries instanceof SequenceNode sequence)) {
                problems.error(given.file(), lists.line(list), "lists." + list + " must be a list of entries");
                continue;
            }
            for (int item = 0; item < sequence.getValue().size(); item++) {
                YamlMap entry = YamlMap.of(given.file(), sequence.getValue().get(item), problems, "list entry");
                int index = item;
                entry.scalars(list).forEach((name, raw) -> field(entry, list + "." + name, raw)
                        .ifPresent(v -> values.listField(list, index, name, v)));
            }
        }
        for (String upload : given.strings("uploaded")) {
            known(
                    given,
                    "uploaded",
                    "requirement with an upload",
                    upload,
                    ids(
                            catalogue.requirements().stream()
                                    .filter(Requirement::upload)
                                    .toList(),
                            Requirement::id));
            values.upload(Kind.REQUIREMENT_UPLOAD, upload);
        }
        for (String cost : given.strings("receipts")) {
            known(
                    given,
                    "receipts",
                    "cost with a payment receipt",
                    cost,
                    ids(catalogue.costs().stream().filter(Cost::receipt).toList(), Cost::id));
            values.upload(Kind.PAYMENT_RECEIPT_UPLOAD, cost);
        }
        values.signAffidavit(given.bool("affidavitSigned", false));
        return values.build();
    }

    private void known(YamlMap given, String key, String what, String id, List<String> declared) {
        if (!declared.contains(id)) {
            problems.error(given.file(), given.line(key), key + ": no " + what + " '" + id + "' in the catalogue");
        }
    }

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).toList();
    }

    private Optional<Object> field(YamlMap yaml, String name, String raw) {
        Optional<FormField> field = catalogue.field(name);
        if (field.isEmpty()) {
            problems.error(
                    yaml.file(),
                    yaml.line(name.substring(name.lastIndexOf('.') + 1)),
                    "no field '" + name + "' in the catalogue");
            return Optional.empty();
        }
        return typed(yaml, name, field.get(), raw);
    }

    /** The value as its question or field types it, meeting its bounds and pattern as an investor's value must. */
    private Optional<Object> typed(YamlMap yaml, String key, FormField field, String raw) {
        int line = yaml.line(key.substring(key.lastIndexOf('.') + 1));
        try {
            Object value = ValueTypes.parse(field.type(), field.options(), raw);
            Optional<String> problem = ValueTypes.problem(field, value);
            problem.ifPresent(reason -> problems.error(yaml.file(), line, key + ": '" + raw + "' " + reason));
            return problem.isPresent() ? Optional.empty() : Optional.of(value);
        } catch (IllegalArgumentException e) {
            problems.error(yaml.file(), line, key + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private List<Expectation> expectations(YamlMap expect) {
        List<Expectation> expectations = new ArrayList<>();
        for (String key : expect.keys()) {
            int line = expect.line(key);
            Optional<DerivedSet> set = DerivedSet.byKey(key);
            if (set.isPresent()) {
                expectations.add(Expectations.derivedSet(set.get(), line, expect.strings(key)));
                continue;
            }
            switch (key) {
                case "costs.amounts" -> expectations.add(Expectations.amounts(line, decimals(expect.map(key))));
                case "costs.total" -> expect.decimal(key)
                        .ifPresent(total -> expectations.add(Expectations.total(line, total)));
                case "computed" -> expectations.add(Expectations.textMap(
                        key, line, expect.map(key).scalars(key), derivation -> derivation.computed()));
                case "requirementUploads.chosen" -> expectations.add(Expectations.textMap(
                        key, line, expect.map(key).scalars(key), derivation -> derivation.chosenDocuments()));
                case "fields.visible" -> expectations.add(
                        Expectations.members(key, line, expect.strings(key), DerivedSet.FIELDS_APPLICABLE, true));
                case "fields.hidden" -> expectations.add(
                        Expectations.members(key, line, expect.strings(key), DerivedSet.FIELDS_APPLICABLE, false));
                case "missing" -> expectations.add(Expectations.missing(line, expect.strings(key)));
                case "complete" -> expectations.add(Expectations.complete(line, expect.bool(key, true)));
                case StepOrder.KEY -> expectations.add(StepOrder.read(expect, catalogue, problems));
                default -> problems.error(
                        expect.file(),
                        line,
                        "expect: unknown key '" + key + "'; expected a set such"
                                + " as registrations.requested, or costs.amounts, costs.total, computed,"
                                + " requirementUploads.chosen, fields.visible, fields.hidden, missing, complete,"
                                + " processingSteps.order");
            }
        }
        return expectations;
    }

    private Map<String, BigDecimal> decimals(YamlMap amounts) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (String cost : amounts.keys()) {
            amounts.decimal(cost).ifPresent(amount -> result.put(cost, amount));
        }
        return result;
    }
}
