package org.eregistrations.config.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.eregistrations.config.bundle.BundleCompiler;
import org.eregistrations.config.bundle.BundleLoader;
import org.eregistrations.config.bundle.CompiledBundle;
import org.eregistrations.config.scenario.ScenarioResult;
import org.eregistrations.config.scenario.TestReport;
import org.eregistrations.engine.ruleset.RuleSet;

/**
 * The configurators' command line: {@code validate <dir>} checks and compiles bundles, {@code test <dir>} also runs
 * their scenarios and applies the instance's activation gate ({@link TestReport#refusal}). {@code <dir>} is one
 * bundle or a folder of bundles. Exit code 0 when all is well, 1 otherwise.
 */
public final class ServiceTool {
    private static final String USAGE =
            """
            usage: service-tool validate <dir>   check and compile a rule bundle (or every bundle in a folder)
                   service-tool test <dir>       the same, then run the bundles' scenarios""";

    private final PrintStream out;
    private final BundleCompiler compiler = new BundleCompiler();

    ServiceTool(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        // Qute (certificate templates) logs through JBoss Logging, which would otherwise pick the Log4j API that Apache
        // POI brings without a provider, and print an error about it
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
        System.exit(new ServiceTool(System.out).run(args));
    }

    int run(String... args) {
        if (args.length != 2 || !List.of("validate", "test").contains(args[0])) {
            out.println(USAGE);
            return 2;
        }
        Path dir = Path.of(args[1]);
        List<Path> bundles = bundles(dir);
        if (bundles.isEmpty()) {
            out.println(dir + ": no service.yaml here or in any sub-folder, so there is no rule bundle to check");
            return 1;
        }
        boolean ok = true;
        for (Path bundle : bundles) {
            ok &= args[0].equals("validate") ? validate(bundle) : test(bundle);
        }
        return ok ? 0 : 1;
    }

    private boolean validate(Path dir) {
        CompiledBundle compiled = compiler.compile(dir);
        compiled.problems().forEach(problem -> out.println(prefixed(dir, problem.toString())));
        compiled.ruleSet().ifPresent(ruleSet -> out.println(summary(dir, ruleSet)));
        if (!compiled.isValid()) {
            out.println("INVALID " + dir + ": " + compiled.errors().size() + " error(s)");
        }
        return compiled.isValid();
    }

    private boolean test(Path dir) {
        TestReport report = TestReport.of(compiler.compile(dir));
        report.problems().forEach(problem -> out.println(prefixed(dir, problem.toString())));
        report.compiled().ruleSet().ifPresent(ruleSet -> out.println(summary(dir, ruleSet)));
        for (ScenarioResult result : report.results()) {
            out.println(prefixed(dir, result.toString()));
        }
        List<String> refused = report.gateMessages(folderName(dir));
        refused.forEach(message -> out.println(dir + ": " + message));
        long failed = report.failures().size();
        boolean passed = report.refusal(folderName(dir)).isEmpty();
        out.println((passed ? "PASSED " : "FAILED ") + dir + ": "
                + report.results().size() + " scenario(s), "
                + (report.results().size() - failed) + " passed, " + failed + " failed"
                + (report.problems().stream().anyMatch(p -> p.isError()) ? ", bundle has errors" : "")
                + (refused.isEmpty() ? "" : ", refused as the instance would refuse it"));
        return passed;
    }

    /** The name of the bundle's folder, which the instance's gate wants to be the service id. */
    private static String folderName(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? "" : name.toString();
    }

    private static String summary(Path dir, RuleSet ruleSet) {
        return "OK " + dir + ": service " + ruleSet.serviceId() + ", version "
                + ruleSet.version().substring(0, 12) + ", " + ruleSet.rules().size() + " rule(s), compiled in "
                + ruleSet.compileMillis() + " ms";
    }

    /** Messages name files relative to the bundle; printed relative to where the tool was started. */
    private static String prefixed(Path dir, String message) {
        if (message.startsWith("PASS ") || message.startsWith("FAIL ")) {
            return message.substring(0, 5) + dir + "/" + message.substring(5);
        }
        return dir + "/" + message;
    }

    private static List<Path> bundles(Path dir) {
        return BundleLoader.isBundle(dir) ? List.of(dir) : BundleLoader.bundlesIn(dir);
    }
}
