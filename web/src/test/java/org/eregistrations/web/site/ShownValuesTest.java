package org.eregistrations.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.CatalogueReader;
import org.eregistrations.config.yaml.Problems;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Computed values are shown as the type their catalogue declares, amounts in the service's currency. */
class ShownValuesTest {
    private static final Catalogue CATALOGUE = CatalogueReader.read(
            "service.yaml",
            new Yaml()
                    .compose(
                            new StringReader(
                                    """
                    id: s
                    currency: USD
                    computed:
                      deposit: {label: {en: Deposit}, type: money}
                      isLarge: {label: {en: Large}, type: yesNo}
                      shares: {label: {en: Shares}, type: integer}
                    """)),
            new Problems());

    @Test
    void aComputedAmountIsShownInTheCurrencyAndAYesNoInTheLanguage() {
        assertThat(ShownValues.computed("deposit", new BigDecimal("1500.5"), CATALOGUE, "en"))
                .isEqualTo("$1,500.50");
        assertThat(ShownValues.computed("isLarge", true, CATALOGUE, "es")).isEqualTo("Sí");
        assertThat(ShownValues.computed("isLarge", false, CATALOGUE, "en")).isEqualTo("No");
        assertThat(ShownValues.computed("shares", 12, CATALOGUE, "en")).isEqualTo("12");
    }

    @Test
    void anUndeclaredComputedValueIsShownAsItIs() {
        assertThat(ShownValues.computed("fullName", "Ana Pérez", CATALOGUE, "en"))
                .isEqualTo("Ana Pérez");
        assertThat(ShownValues.computed("ratio", new BigDecimal("0.50"), CATALOGUE, "en"))
                .isEqualTo("0.50");
    }
}
