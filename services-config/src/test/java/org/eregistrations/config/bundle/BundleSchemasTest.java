package org.eregistrations.config.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eregistrations.config.TestBundles;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.CatalogueReader;
import org.eregistrations.config.scenario.ScenarioReader;
import org.eregistrations.config.yaml.Problem;
import org.eregistrations.config.yaml.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The JSON Schemas of docs/schema, which editors use to complete and check a bundle's keys, accept every shipped
 * bundle and refuse what the validator refuses: an unknown key, a value of the wrong type.
 */
class BundleSchemasTest {
    private static final Path SCHEMAS = Path.of("../docs/schema");
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema SERVICE = schema("service.schema.json");
    private static final Schema SCENARIO = schema("scenario.schema.json");

    private static Schema schema(String name) {
        try {
            return REGISTRY.getSchema(Files.readString(SCHEMAS.resolve(name)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    /** The YAML as the catalogue reader reads it (YAML 1.1: {@code yes} is true), as a JSON tree. */
    private static JsonNode json(String yaml) {
        return new ObjectMapper().valueToTree(new Yaml().load(yaml));
    }

    private static List<String> errors(Schema schema, String yaml) {
        return schema.validate(json(yaml)).stream().map(Error::toString).toList();
    }

    static Stream<Path> shippedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("../rules"), 3)) {
            return files
                    .filter(path -> path.getFileName().toString().equals("service.yaml")
                            || (path.getParent().getFileName().toString().equals("scenarios")
                                    && path.toString().endsWith(".yaml")))
                    .filter(path -> !path.toString().contains("/target/"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void everyShippedBundleHasItsFilesChecked() throws IOException {
        assertThat(shippedFiles().map(path -> path.getParent().getFileName().toString()))
                .contains("company-registration", "trader-licence", "market-stall-permit", "scenarios");
    }

    @ParameterizedTest
    @MethodSource("shippedFiles")
    void everyShippedFileMeetsItsSchema(Path file) throws IOException {
        Schema schema = file.getFileName().toString().equals("service.yaml") ? SERVICE : SCENARIO;

        assertThat(errors(schema, Files.readString(file))).as(file.toString()).isEmpty();
    }

    @Test
    void theSchemaOfServiceYamlRefusesAnUnknownKeyAndAWrongType() {
        assertThat(errors(SERVICE, TestBundles.SERVICE_YAML)).isEmpty();

        assertThat(errors(SERVICE, TestBundles.SERVICE_YAML + "colour: red\n"))
                .singleElement()
                .asString()
                .contains("colour");
        assertThat(errors(SERVICE, TestBundles.SERVICE_YAML.replace("mandatory: true", "mandatory: sure")))
                .singleElement()
                .asString()
                .contains("/registrations/permit/mandatory")
                .contains("boolean");
        assertThat(errors(SERVICE, TestBundles.SERVICE_YAML.replace("amount: 10", "amount: 10 USD")))
                .singleElement()
                .asString()
                .contains("/costs/fee/amount");
        assertThat(errors(SERVICE, TestBundles.SERVICE_YAML.replace("type: yesNo", "type: whole")))
                .isNotEmpty()
                .allMatch(error -> error.contains("/questions/isImporter/type"));
    }

    /** The keys the catalogue reader allows where {@code zzz} is written, as its unknown-key message lists them. */
    private static Set<String> readerKeys(String yaml) {
        Problems problems = new Problems();
        CatalogueReader.read("service.yaml", new Yaml().compose(new StringReader(yaml)), problems);
        String message = problems.all().stream()
                .map(Problem::message)
                .filter(m -> m.contains("unknown key 'zzz'"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no unknown-key message for " + yaml));
        return new TreeSet<>(List.of(
                message.substring(message.indexOf("expected one of ") + 16).split(", ")));
    }

    private static Set<String> schemaKeys(String pointer) throws IOException {
        JsonNode schema = new ObjectMapper()
                .readTree(SCHEMAS.resolve("service.schema.json").toFile());
        Set<String> keys = new TreeSet<>();
        schema.at(pointer).fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "zzz: 1|/properties",
                "questions: {q: {type: text, zzz: 1}}|/$defs/question/properties",
                "registrations: {r: {zzz: 1}}|/$defs/registration/properties",
                "certificates: {c: {zzz: 1}}|/$defs/certificate/properties",
                "requirements: {r: {zzz: 1}}|/$defs/requirement/properties",
                "costs: {c: {zzz: 1}}|/$defs/cost/properties",
                "dataForms: {s: {zzz: 1}}|/$defs/section/properties",
                "dataForms: {s: {fields: {f: {type: text, zzz: 1}}}}|/$defs/field/properties",
                "processingSteps: {p: {role: r, zzz: 1}}|/$defs/step/properties",
                "computed: {c: {zzz: 1}}|/$defs/computed/properties",
                "roles: {r: {zzz: 1}}|/$defs/role/properties",
                "limits: {zzz: 1}|/properties/limits/properties"
            })
    void theSchemaAllowsTheKeysTheReaderAllows(String yaml, String pointer) throws IOException {
        assertThat(schemaKeys(pointer)).isEqualTo(readerKeys("id: s\n" + yaml + "\n"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{scenario: s, zzz: 1}|/$defs/scenario/properties",
                "{scenario: s, given: {zzz: 1}}|/$defs/scenario/properties/given/properties",
                "{scenario: s, expect: {processingSteps.order: [{step: review, zzz: 1}]}}"
                        + "|/$defs/scenario/properties/expect/properties/processingSteps.order/items/properties"
            })
    void theSchemaOfScenariosAllowsTheKeysTheScenarioReaderAllows(String yaml, String pointer) throws IOException {
        Catalogue catalogue = CatalogueReader.read(
                "service.yaml", new Yaml().compose(new StringReader(TestBundles.SERVICE_YAML)), new Problems());
        Problems problems = new Problems();
        new ScenarioReader(catalogue, problems).read("s.yaml", new Yaml().compose(new StringReader(yaml)));
        String message = problems.all().stream()
                .map(Problem::message)
                .filter(m -> m.contains("unknown key 'zzz'"))
                .findFirst()
                .orElseThrow();
        JsonNode schema = new ObjectMapper()
                .readTree(SCHEMAS.resolve("scenario.schema.json").toFile());
        Set<String> keys = new TreeSet<>();
        schema.at(pointer).fieldNames().forEachRemaining(keys::add);

        assertThat(keys)
                .isEqualTo(new TreeSet<>(List.of(message.substring(message.indexOf("expected one of ") + 16)
                        .split(", "))));
    }

    @Test
    void theSchemaOfScenariosRefusesAnUnknownKeyAndAWrongType() {
        assertThat(errors(SCENARIO, TestBundles.SCENARIO_YAML)).isEmpty();

        assertThat(errors(SCENARIO, TestBundles.SCENARIO_YAML.replace("given:", "given:\n  payments: [fee]")))
                .isNotEmpty()
                .anyMatch(error -> error.contains("payments"));
        assertThat(errors(SCENARIO, TestBundles.SCENARIO_YAML.replace("costs.total: 10", "costs.total: ten")))
                .isNotEmpty()
                .anyMatch(error -> error.contains("costs.total"));
    }
}
