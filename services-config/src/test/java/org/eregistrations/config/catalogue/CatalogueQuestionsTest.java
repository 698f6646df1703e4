package org.eregistrations.config.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.eregistrations.config.yaml.Problem;
import org.eregistrations.config.yaml.Problems;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Guide questions take {@code required}, {@code min}/{@code max} and the {@code integer} type, like form fields. */
class CatalogueQuestionsTest {
    private static Catalogue read(String yaml, Problems problems) {
        return CatalogueReader.read("service.yaml", new Yaml().compose(new StringReader(yaml)), problems);
    }

    private static List<String> errors(String questions) {
        Problems problems = new Problems();
        read("id: s\nquestions:\n" + questions, problems);
        return problems.all().stream().map(Problem::toString).toList();
    }

    @Test
    void aQuestionIsRequiredUnlessItSaysOtherwiseAndHasItsBounds() {
        Problems problems = new Problems();
        Catalogue catalogue = read(
                """
                id: s
                questions:
                  employees: {type: integer, min: 1, max: 500}
                  tradeName: {type: text, required: false, max: 40}
                """,
                problems);

        assertThat(problems.all()).isEmpty();
        Question employees = catalogue.question("employees").orElseThrow();
        assertThat(employees.type()).isEqualTo(FieldType.INTEGER);
        assertThat(employees.required()).isTrue();
        assertThat(employees.min()).isEqualByComparingTo("1");
        assertThat(employees.max()).isEqualByComparingTo("500");
        Question tradeName = catalogue.question("tradeName").orElseThrow();
        assertThat(tradeName.required()).isFalse();
        assertThat(tradeName.asField().max()).isEqualByComparingTo("40");
    }

    @Test
    void anAnswerOutsideTheBoundsOfItsQuestionSaysWhy() {
        FormField employees = read(
                        "id: s\nquestions:\n  employees: {type: integer, min: 1, max: 500}\n", new Problems())
                .question("employees")
                .orElseThrow()
                .asField();

        assertThat(ValueTypes.problem(employees, new BigDecimal("0"))).contains("must be at least 1");
        assertThat(ValueTypes.problem(employees, new BigDecimal("501"))).contains("must be at most 500");
        assertThat(ValueTypes.problem(employees, new BigDecimal("500"))).isEmpty();
    }

    @Test
    void anIntegerIsAWholeNumber() {
        assertThat(ValueTypes.parse(FieldType.INTEGER, List.of(), "12")).isEqualTo(new BigDecimal("12"));
        assertThat(ValueTypes.parse(FieldType.INTEGER, List.of(), "12.00")).isEqualTo(new BigDecimal("12"));
        assertThatThrownBy(() -> ValueTypes.parse(FieldType.INTEGER, List.of(), "12.5"))
                .hasMessage("'12.5' is not a whole number");
        assertThatThrownBy(() -> ValueTypes.parse(FieldType.INTEGER, List.of(), "many"))
                .hasMessage("'many' is not a number");
    }

    @Test
    void boundsThatDoNotFitTheTypeAreErrorsAtTheirLine() {
        assertThat(errors("  isImporter: {type: yesNo,\n    min: 1}\n"))
                .containsExactly(
                        "service.yaml:4: question isImporter: 'min' applies to text, number, integer, money and list,"
                                + " not yesNo");
        assertThat(errors("  employees:\n    type: integer\n    max: 2.5\n"))
                .containsExactly("service.yaml:5: question employees: 'max' of an integer must be a whole number");
        assertThat(errors("  capital:\n    type: money\n    min: 100\n    max: 10\n"))
                .containsExactly("service.yaml:6: question capital: max 10 is below min 100");
        assertThat(errors("  capital: {type: money, required: perhaps}\n"))
                .singleElement()
                .asString()
                .startsWith("service.yaml:3:")
                .contains("'required' must be true or false");
        assertThat(errors("  capital: {type: number, min: lots}\n"))
                .containsExactly("service.yaml:3: 'min' must be a number, not 'lots'");
    }

    @Test
    void anUnknownTypeNamesEveryTypeIncludingInteger() {
        assertThat(errors("  age: {type: whole}\n"))
                .containsExactly("service.yaml:3: question age: unknown type 'whole'; expected one of text, number,"
                        + " integer, money, date, yesNo, choice, email, list");
    }

    @Test
    void formFieldsCheckTheirBoundsTheSameWay() {
        Problems problems = new Problems();
        read(
                """
                id: s
                dataForms:
                  company:
                    fields:
                      since: {type: date, min: 2000}
                """,
                problems);

        assertThat(problems.all())
                .extracting(Problem::toString)
                .containsExactly(
                        "service.yaml:5: field since: 'min' applies to text, number, integer, money and list, not date");
    }
}
