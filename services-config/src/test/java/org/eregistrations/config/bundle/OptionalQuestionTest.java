package org.eregistrations.config.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.eregistrations.config.TestBundles;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.DerivedSet;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.fact.Missing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An asked question without an answer keeps a file from being sent, unless it says {@code required: false}. */
class OptionalQuestionTest {
    @TempDir
    Path dir;

    private Derivation unanswered(TestBundles bundle) {
        CompiledBundle compiled = new BundleCompiler().compile(bundle.writeTo(dir));
        assertThat(compiled.errors()).isEmpty();
        return compiled.ruleSet().orElseThrow().derive(FileValues.empty());
    }

    @Test
    void anUnansweredQuestionIsMissing() {
        assertThat(unanswered(TestBundles.valid()).missing())
                .extracting(Missing::path)
                .contains("questions.isImporter");
    }

    @Test
    void anUnansweredQuestionThatIsNotRequiredIsAskedButNotMissing() {
        Derivation derivation = unanswered(TestBundles.valid()
                .replace("service.yaml", "    type: yesNo\n", "    type: yesNo\n    required: false\n"));

        assertThat(derivation.get(DerivedSet.QUESTIONS_APPLICABLE)).containsExactly("isImporter");
        assertThat(derivation.missing()).extracting(Missing::path).doesNotContain("questions.isImporter");
    }
}
