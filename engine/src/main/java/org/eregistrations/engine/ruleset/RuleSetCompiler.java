package org.eregistrations.engine.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.eregistrations.engine.sandbox.RuleSandbox;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a service's rules, together with the core rules, into an immutable {@link RuleSet}: classic DRL, each
 * version with its own {@link ReleaseId} and {@link org.kie.api.KieBase}.
 *
 * <pre>{@code
 * RuleSet ruleSet = new RuleSetCompiler().compile(new RuleSetSource(model, List.of(new RuleFile("rules.drl", drl))));
 * }</pre>
 */
public final class RuleSetCompiler {
    /** Rule firings one derivation may take before it is stopped as a loop. */
    public static final int DEFAULT_FIRE_LIMIT = 200_000;

    static final String CORE_RULES = "org/eregistrations/core/core.drl";
    private static final String RULESET_PACKAGE = "rulesets";
    private static final String RESOURCES = "src/main/resources/";
    private static final ClassLoader CLASS_LOADER = new RememberingClassLoader(RuleSetCompiler.class.getClassLoader());
    private static final AtomicLong BUILDS = new AtomicLong();

    private final KieServices kie = KieServices.get();
    private final int fireLimit;

    public RuleSetCompiler() {
        this(DEFAULT_FIRE_LIMIT);
    }

    public RuleSetCompiler(int fireLimit) {
        if (fireLimit < 1) {
            throw new IllegalArgumentException("fireLimit must be positive");
        }
        this.fireLimit = fireLimit;
    }

    /** The core rules every ruleset includes, as shipped in the engine. */
    public static String coreRules() {
        try (InputStream in = RuleSetCompiler.class.getClassLoader().getResourceAsStream(CORE_RULES)) {
            if (in == null) {
                throw new IllegalStateException(CORE_RULES + " is missing from the engine jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles a service's rules after the {@link RuleSandbox} has allowed every file: nothing of a file it refuses is
     * compiled, loaded or run.
     */
    public RuleSet compile(RuleSetSource source) throws RuleSetCompilationException {
        long start = System.nanoTime();
        List<CompileMessage> refused = new ArrayList<>();
        List<RuleInfo> rules = new ArrayList<>();
        for (RuleFile file : source.files()) {
            RuleSandbox.Inspection inspection = RuleSandbox.inspect(file.path(), file.content());
            inspection.refusals().stream()
                    .map(refusal ->
                            new CompileMessage(refusal.file(), refusal.line(), refusal.column(), refusal.message()))
                    .forEach(refused::add);
            inspection.parsed().ifPresent(pkg -> {
                rules.addAll(DrlAnalysis.analyse(file.path(), file.content(), pkg));
                DrlFiles.packageStatementProblem(file.path(), file.content(), pkg.getName())
                        .ifPresent(refused::add);
            });
        }
        if (!refused.isEmpty()) {
            throw new RuleSetCompilationException(refused);
        }
        String hash = source.contentHash();
        ReleaseId releaseId = kie.newReleaseId(
                "org.eregistrations.rulesets",
                artifactId(source.serviceId()),
                "1.0.0-" + hash.substring(0, 16) + "-" + BUILDS.incrementAndGet());
        KieFileSystem files = kie.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        String packageName =
                RULESET_PACKAGE + "." + artifactId(source.serviceId()).replaceAll("[^A-Za-z0-9_]", "_");
        String folder = RESOURCES + packageName.replace('.', '/') + "/";
        files.write(
                folder + "core.drl", DrlFiles.prepare(coreRules(), packageName).text());
        Map<String, Written> written = new HashMap<>();
        for (RuleFile file : source.files()) {
            DrlFiles.Prepared prepared = DrlFiles.prepare(file.content(), packageName);
            String path = packageName.replace('.', '/') + "/" + fileName(file.path(), written.size());
            files.write(RESOURCES + path, prepared.text());
            written.put(path, new Written(file.path(), prepared.addedLines()));
        }
        KieBuilder builder = kie.newKieBuilder(files, CLASS_LOADER).buildAll(DrlProject.class);
        List<CompileMessage> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(message -> toCompileMessage(message, written))
                .toList();
        if (!errors.isEmpty()) {
            kie.getRepository().removeKieModule(releaseId);
            throw new RuleSetCompilationException(errors);
        }
        KieContainer container = kie.newKieContainer(releaseId, CLASS_LOADER);
        try {
            return new RuleSet(
                    source.model(),
                    hash,
                    releaseId.toExternalForm(),
                    container.getKieBase(),
                    rules,
                    fireLimit,
                    (System.nanoTime() - start) / 1_000_000);
        } finally {
            // versions are never looked up by release id again; keeping them would grow the repository forever
            kie.getRepository().removeKieModule(releaseId);
        }
    }

    private record Written(String sourcePath, int addedLines) {}

    private static CompileMessage toCompileMessage(Message message, Map<String, Written> written) {
        Written source = written.get(message.getPath());
        String file = source != null ? source.sourcePath() : String.valueOf(message.getPath());
        int line = Math.max(0, message.getLine() - (source != null ? source.addedLines() : 0));
        String text = message.getText().replaceAll("\\s+", " ").trim();
        return new CompileMessage(file, line, Math.max(0, message.getColumn()), text);
    }

    private static String fileName(String path, int index) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String base = name.endsWith(".drl") ? name.substring(0, name.length() - 4) : name;
        return base.replaceAll("[^A-Za-z0-9_]", "_") + "_" + index + ".drl";
    }

    private static String artifactId(String serviceId) {
        return serviceId.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
