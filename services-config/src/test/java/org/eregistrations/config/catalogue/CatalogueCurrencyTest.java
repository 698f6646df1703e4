package org.eregistrations.config.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.Currency;
import org.eregistrations.config.yaml.Problem;
import org.eregistrations.config.yaml.Problems;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class CatalogueCurrencyTest {
    private static Catalogue read(String yaml, Problems problems) {
        return CatalogueReader.read("service.yaml", new Yaml().compose(new StringReader(yaml)), problems);
    }

    @Test
    void theCurrencyOfTheAmountsIsReadFromTheCatalogue() {
        Problems problems = new Problems();
        assertThat(read("id: s\ncurrency: EUR\n", problems).currencyOfAmounts()).contains(Currency.getInstance("EUR"));
        assertThat(problems.hasErrors()).isFalse();
    }

    @Test
    void withoutACurrencyAmountsHaveNone() {
        Problems problems = new Problems();
        assertThat(read("id: s\n", problems).currencyOfAmounts()).isEmpty();
        assertThat(problems.hasErrors()).isFalse();
    }

    @Test
    void aCurrencyThatIsNoIsoCodeIsAnErrorAtItsLine() {
        for (String code : new String[] {"EURO", "eur", "ZZZ", "€", "12"}) {
            Problems problems = new Problems();
            read("id: s\nname: {en: S}\ncurrency: \"" + code + "\"\n", problems);
            assertThat(problems.all())
                    .as(code)
                    .extracting(Problem::file, Problem::line, Problem::message)
                    .containsExactly(tuple(
                            "service.yaml", 3, "currency '" + code + "' must be an ISO 4217 code such as EUR or USD"));
        }
    }
}
