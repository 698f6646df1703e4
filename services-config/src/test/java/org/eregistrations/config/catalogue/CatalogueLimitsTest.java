package org.eregistrations.config.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import org.eregistrations.config.yaml.Problem;
import org.eregistrations.config.yaml.Problems;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class CatalogueLimitsTest {
    private static Catalogue read(String yaml, Problems problems) {
        return CatalogueReader.read("service.yaml", new Yaml().compose(new StringReader(yaml)), problems);
    }

    @Test
    void withoutLimitsAServiceHasTheDefaults() {
        Problems problems = new Problems();
        assertThat(read("id: s\n", problems).limits()).isEqualTo(new Limits(2000, 50));
        assertThat(problems.hasErrors()).isFalse();
    }

    @Test
    void limitsAreReadFromTheCatalogue() {
        Problems problems = new Problems();
        assertThat(read("id: s\nlimits: {maxLength: 300, maxEntries: 5}\n", problems)
                        .limits())
                .isEqualTo(new Limits(300, 5));
        assertThat(problems.hasErrors()).isFalse();
    }

    @Test
    void limitsThatAreNotWholeNumbersOfAtLeastOneAreErrors() {
        Problems problems = new Problems();
        read("id: s\nlimits:\n  maxLength: 0\n  maxEntries: 2.5\n  maxFiles: 3\n", problems);
        assertThat(problems.all())
                .extracting(Problem::line, Problem::message)
                .contains(
                        tuple(3, "'maxLength' must be a whole number of at least 1"),
                        tuple(4, "'maxEntries' must be a whole number of at least 1"));
        assertThat(problems.all()).anyMatch(p -> p.message().contains("unknown key 'maxFiles'"));
    }
}
