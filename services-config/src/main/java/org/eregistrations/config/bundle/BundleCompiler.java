package org.eregistrations.config.bundle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eregistrations.config.yaml.Problem;
import org.eregistrations.config.yaml.Problems;
import org.eregistrations.engine.model.ServiceModel;
import org.eregistrations.engine.ruleset.CompileMessage;
import org.eregistrations.engine.ruleset.DrlAnalysis;
import org.eregistrations.engine.ruleset.RuleFile;
import org.eregistrations.engine.ruleset.RuleInfo;
import org.eregistrations.engine.ruleset.RuleSet;
import org.eregistrations.engine.ruleset.RuleSetCompilationException;
import org.eregistrations.engine.ruleset.RuleSetCompiler;
import org.eregistrations.engine.ruleset.RuleSetSource;

/**
 * Loads, validates and compiles a rule bundle into a ruleset version. Every problem found is reported with its file
 * and line; nothing is compiled while the catalogue has errors.
 *
 * <pre>{@code
 * CompiledBundle compiled = new BundleCompiler().compile(Path.of("rules/company-registration"));
 * compiled.problems().forEach(System.out::println);
 * }</pre>
 */
public final class BundleCompiler {
    private final RuleSetCompiler compiler;

    public BundleCompiler() {
        this(new RuleSetCompiler());
    }

    public BundleCompiler(RuleSetCompiler compiler) {
        this.compiler = compiler;
    }

    public CompiledBundle compile(Path dir) {
        Problems problems = new Problems();
        Optional<ServiceBundle> bundle = BundleLoader.load(dir, problems);
        if (bundle.isEmpty()) {
            return new CompiledBundle(Optional.empty(), Optional.empty(), problems.all());
        }
        return compile(bundle.get(), problems);
    }

    public CompiledBundle compile(ServiceBundle bundle, Problems problems) {
        CatalogueValidator.validate(bundle.catalogue(), problems);
        List<RuleInfo> rules = new ArrayList<>();
        for (RuleFile file : bundle.rules()) {
            rules.addAll(DrlAnalysis.analyse(file.path(), file.content()));
        }
        if (problems.hasErrors()) {
            return new CompiledBundle(Optional.of(bundle), Optional.empty(), problems.all());
        }
        ServiceModel model = ServiceModels.from(bundle.catalogue(), rules);
        RuleChecks.check(bundle.catalogue(), model, rules, problems);
        if (problems.hasErrors()) {
            return new CompiledBundle(Optional.of(bundle), Optional.empty(), problems.all());
        }
        try {
            RuleSet ruleSet = compiler.compile(new RuleSetSource(model, bundle.rules(), bundle.fingerprint()));
            return new CompiledBundle(Optional.of(bundle), Optional.of(ruleSet), problems.all());
        } catch (RuleSetCompilationException e) {
            e.messages().forEach(message -> problems.add(toProblem(message, bundle)));
            return new CompiledBundle(Optional.of(bundle), Optional.empty(), problems.all());
        }
    }

    private static Problem toProblem(CompileMessage message, ServiceBundle bundle) {
        if (message.file().endsWith(".drl")) {
            return new Problem(
                    Problem.Severity.ERROR, message.file(), message.line(), message.column(), message.message());
        }
        String generated = bundle.rules().stream()
                .filter(file -> file.path().equals(message.file()))
                .map(RuleFile::content)
                .findFirst()
                .orElse("");
        int row = DecisionTables.rowOf(generated, message.line());
        return new Problem(
                Problem.Severity.ERROR,
                message.file(),
                row,
                -1,
                message.message() + " (in the rule generated from row " + row + " of this decision table)");
    }
}
