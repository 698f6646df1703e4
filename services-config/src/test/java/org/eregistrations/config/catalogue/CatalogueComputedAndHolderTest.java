package org.eregistrations.config.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import org.eregistrations.config.yaml.Problem;
import org.eregistrations.config.yaml.Problems;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The labels of computed values and the certificate holder come from the catalogue, not from platform code. */
class CatalogueComputedAndHolderTest {
    private static final String FORMS =
            """
            id: s
            dataForms:
              company:
                name: {en: Company, es: Empresa}
                fields:
                  companyName: {label: {en: Name, es: Nombre}, type: text}
            """;

    private static Catalogue read(String yaml, Problems problems) {
        return CatalogueReader.read("service.yaml", new Yaml().compose(new StringReader(yaml)), problems);
    }

    @Test
    void computedValuesHaveTheirLabelsAndTheHolderIsAFormField() {
        Problems problems = new Problems();
        Catalogue catalogue = read(
                FORMS
                        + """
                        certificateHolder: dataForms.companyName
                        computed:
                          fullName: {label: {en: Full name, es: Nombre completo}}
                        """,
                problems);

        assertThat(problems.hasErrors()).isFalse();
        assertThat(catalogue.certificateHolderPath()).contains("dataForms.companyName");
        assertThat(catalogue.computedValue("fullName").map(value -> value.label()
                        .in("es")))
                .contains("Nombre completo");
        assertThat(catalogue.computedValue("fullName").map(ComputedValue::type)).isEmpty();
        assertThat(catalogue.computedValue("other")).isEmpty();
    }

    @Test
    void aHolderThatIsNoFormFieldAndUnknownKeysAreErrorsAtTheirLines() {
        Problems problems = new Problems();
        read(
                FORMS
                        + """
                        certificateHolder: guide.companyName
                        computed:
                          fullName: {label: {en: Full name, es: Nombre completo}, kind: text}
                        """,
                problems);

        assertThat(problems.all())
                .extracting(Problem::line, Problem::message)
                .contains(tuple(
                        7,
                        "certificateHolder 'guide.companyName' must name a field of a data or submission form,"
                                + " e.g. dataForms.companyName"));
        assertThat(problems.all())
                .anyMatch(problem -> problem.message().contains("unknown key 'kind'; expected one of label, type"));
    }

    @Test
    void withoutAHolderTheCatalogueSaysSo() {
        assertThat(read(FORMS, new Problems()).certificateHolderPath()).isEmpty();
    }

    @Test
    void aFileIsTitledByTheFirstOfItsTitlePathsAndEachMustNameAQuestionOrAField() {
        Problems problems = new Problems();
        Catalogue catalogue = read(
                FORMS
                        + """
                        questions:
                          tradeName: {label: {en: Trade name, es: Nombre comercial}, type: text}
                        fileTitle: [guide.tradeName, dataForms.companyName]
                        """,
                problems);
        assertThat(problems.hasErrors()).isFalse();
        assertThat(catalogue.fileTitlePaths()).containsExactly("guide.tradeName", "dataForms.companyName");

        Problems wrong = new Problems();
        read(FORMS + "fileTitle: dataForms.nothing\n", wrong);
        assertThat(wrong.all())
                .extracting(Problem::line, Problem::message)
                .containsExactly(tuple(
                        7,
                        "fileTitle 'dataForms.nothing' must name a guide question or a field of a data or"
                                + " submission form, e.g. dataForms.companyName"));
        assertThat(read(FORMS, new Problems()).fileTitlePaths()).isEmpty();
    }
}
