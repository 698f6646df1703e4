package org.eregistrations.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.model.ServiceModel;
import org.eregistrations.engine.ruleset.RuleFile;
import org.eregistrations.engine.ruleset.RuleSet;
import org.eregistrations.engine.ruleset.RuleSetCompilationException;
import org.eregistrations.engine.ruleset.RuleSetCompiler;
import org.eregistrations.engine.ruleset.RuleSetSource;

/**
 * The generated service G(N): its catalogue, its rules as a configurator writes them, and the file values of its
 * workload, where step {@code k} flips the answer to {@code q(k mod Q)}.
 *
 * <pre>{@code
 * GeneratedService g = GeneratedService.of(100);
 * RuleSet ruleSet = g.compile();
 * FileValues values = g.step(g.initialValues(), 0);
 * ruleSet.derive(values);
 * }</pre>
 */
public final class GeneratedService {
    /** Where the rule file lives inside the service's bundle folder. */
    public static final String RULES_PATH = "rules/generated.drl";

    private static final Pattern RULE = Pattern.compile("^rule \"", Pattern.MULTILINE);

    private final int n;
    private final ServiceModel model;
    private final String drl;
    private final FileValues initialValues;

    private GeneratedService(int n) {
        this.n = n;
        this.model = model(n);
        this.drl = GeneratedRules.drl(n);
        this.initialValues = initialValues(n);
    }

    /** G(n), for n of at least 2. */
    public static GeneratedService of(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("G(N) needs N >= 2, got " + n);
        }
        return new GeneratedService(n);
    }

    public int n() {
        return n;
    }

    public int questionCount() {
        return GDefinition.questionCount(n);
    }

    public String serviceId() {
        return model.serviceId();
    }

    public ServiceModel model() {
        return model;
    }

    /** The one DRL file of the service, in package {@code generated}. */
    public String drl() {
        return drl;
    }

    /** How many rules the DRL file declares (an {@code or} counts as one rule). */
    public int ruleCount() {
        Matcher matcher = RULE.matcher(drl);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    public RuleFile ruleFile() {
        return new RuleFile(RULES_PATH, drl);
    }

    public RuleSetSource source() {
        return new RuleSetSource(model, List.of(ruleFile()));
    }

    /** Compiles the service with the engine's default compiler. */
    public RuleSet compile() {
        try {
            return new RuleSetCompiler().compile(source());
        } catch (RuleSetCompilationException e) {
            throw new IllegalStateException("G(" + n + ") does not compile: " + e.getMessage(), e);
        }
    }

    /** Every question answered yes, every even registration checked. */
    public FileValues initialValues() {
        return initialValues;
    }

    /** Step {@code k} of the workload: the values with the answer to {@code q(k mod Q)} flipped. */
    public FileValues step(FileValues values, int k) {
        String question = GDefinition.question(k % questionCount());
        boolean yes = Boolean.TRUE.equals(values.answers().get(question));
        return values.toBuilder().answer(question, !yes).build();
    }

    /**
     * The values after steps {@code 0..2Q-1} from the initial values; the workload repeats with this period, so the
     * values after step {@code k} are {@code cycle().get(k % cycle().size())}.
     */
    public List<FileValues> cycle() {
        List<FileValues> cycle = new ArrayList<>(2 * questionCount());
        FileValues values = initialValues;
        for (int k = 0; k < 2 * questionCount(); k++) {
            values = step(values, k);
            cycle.add(values);
        }
        return List.copyOf(cycle);
    }

    /** Writes the rule file into a bundle folder at {@link #RULES_PATH}; returns the file written. */
    public Path writeRules(Path bundle) {
        Path file = bundle.resolve(RULES_PATH);
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, drl, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServiceModel model(int n) {
        ServiceModel.Builder builder = ServiceModel.builder("generated-" + n);
        for (int i = 0; i < GDefinition.questionCount(n); i++) {
            builder.question(GDefinition.question(i), true);
        }
        for (int i = 0; i < n; i++) {
            builder.registration(GDefinition.registration(i), GDefinition.mandatory(i), false);
        }
        for (int j = 0; j < n; j++) {
            builder.requirement(GDefinition.requirement(j), false, List.of());
        }
        for (int i = 0; i < n; i++) {
            builder.cost(GDefinition.cost(i), BigDecimal.ZERO, false);
        }
        return builder.build();
    }

    private static FileValues initialValues(int n) {
        FileValues.Builder values = FileValues.builder();
        for (int i = 0; i < GDefinition.questionCount(n); i++) {
            values.answer(GDefinition.question(i), true);
        }
        for (int i = 0; i < n; i++) {
            if (GDefinition.checked(i)) {
                values.check(GDefinition.registration(i));
            }
        }
        return values.build();
    }
}
