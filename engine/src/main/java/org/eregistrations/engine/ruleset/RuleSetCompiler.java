package org.eregistrations.engine.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.io.DescrResource;
import org.eregistrations.engine.sandbox.RuleSandbox;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;

/**
 * Compiles a service's rules, together with the core rules, into an immutable {@link RuleSet}: classic DRL, each
 * version with its own release id and {@link org.kie.api.KieBase}, built from the very parse the {@link RuleSandbox} checked.
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
    private static final ClassLoader CLASS_LOADER = new RememberingClassLoader(RuleSetCompiler.class.getClassLoader());
    private static final AtomicLong BUILDS = new AtomicLong();

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
        Map<String, PackageDescr> parsed = new LinkedHashMap<>();
        for (RuleFile file : source.files()) {
            RuleSandbox.Inspection inspection = RuleSandbox.inspect(file.path(), file.content());
            inspection.refusals().stream()
                    .map(refusal ->
                            new CompileMessage(refusal.file(), refusal.line(), refusal.column(), refusal.message()))
                    .forEach(refused::add);
            inspection.parsed().ifPresent(pkg -> {
                rules.addAll(DrlAnalysis.analyse(file.path(), file.content(), pkg));
                parsed.put(file.path(), pkg);
            });
        }
        if (!refused.isEmpty()) {
            throw new RuleSetCompilationException(refused);
        }
        String hash = source.contentHash();
        String releaseId = "org.eregistrations.rulesets:" + artifactId(source.serviceId()) + ":1.0.0-"
                + hash.substring(0, 16) + "-" + BUILDS.incrementAndGet();
        String packageName =
                RULESET_PACKAGE + "." + artifactId(source.serviceId()).replaceAll("[^A-Za-z0-9_]", "_");
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, CLASS_LOADER));
        CompositeKnowledgeBuilder batch = builder.batch();
        PackageDescr core = parseCore();
        batch.add(descr(DrlFiles.prepare(core, packageName), CORE_RULES), ResourceType.DESCR);
        for (Map.Entry<String, PackageDescr> file : parsed.entrySet()) {
            batch.add(descr(DrlFiles.prepare(file.getValue(), packageName), file.getKey()), ResourceType.DESCR);
        }
        batch.build();
        List<CompileMessage> errors = builder.getResults(ResultSeverity.ERROR).stream()
                .map(RuleSetCompiler::toCompileMessage)
                .toList();
        if (!errors.isEmpty()) {
            throw new RuleSetCompilationException(errors);
        }
        KieBase kieBase = immutableKieBase(builder);
        DirectConsequences.install(kieBase, consequences(core, parsed.values()));
        return new RuleSet(
                source.model(), hash, releaseId, kieBase, rules, fireLimit, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The KieBase of a ruleset never changes after it is built (a new version is a new ruleset), so it is built
     * immutable: its sessions are not registered with it to follow changes of its rules, and a session holds about 7 %
     * less (the company service: 204 KB to 191 KB, {@code SessionMemory}).
     */
    private static KieBase immutableKieBase(KnowledgeBuilder builder) {
        KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration();
        configuration.setOption(KieBaseMutabilityOption.DISABLED);
        return ((KnowledgeBuilderImpl) builder).newKnowledgeBase(configuration);
    }

    /** Each rule's consequence as written, by rule name (unique in the ruleset's one package). */
    private static Map<String, String> consequences(PackageDescr core, Collection<PackageDescr> files) {
        Map<String, String> consequences = new HashMap<>();
        Stream.concat(Stream.of(core), files.stream())
                .flatMap(pkg -> pkg.getRules().stream())
                .forEach(rule -> consequences.put(rule.getName(), String.valueOf(rule.getConsequence())));
        return consequences;
    }

    /** The parse the sandbox checked, as a resource that names the file it came from. */
    private static Resource descr(PackageDescr pkg, String path) {
        DescrResource resource = new DescrResource(pkg);
        resource.setSourcePath(path);
        return resource;
    }

    private static PackageDescr parseCore() {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr core = parser.parse(false, coreRules());
            if (core == null || parser.hasErrors()) {
                throw new IllegalStateException(CORE_RULES + " does not parse: " + parser.getErrors());
            }
            return core;
        } catch (DroolsParserException e) {
            throw new IllegalStateException(CORE_RULES + " does not parse", e);
        }
    }

    private static CompileMessage toCompileMessage(KnowledgeBuilderResult result) {
        String file = result.getResource() != null ? result.getResource().getSourcePath() : "?";
        int[] lines = result.getLines();
        int line = lines != null && lines.length > 0 ? Math.max(0, lines[0]) : 0;
        String text =
                String.valueOf(result.getMessage()).replaceAll("\\s+", " ").trim();
        return new CompileMessage(file, line, Math.max(0, result.asMessage(0).getColumn()), text);
    }

    private static String artifactId(String serviceId) {
        return serviceId.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
