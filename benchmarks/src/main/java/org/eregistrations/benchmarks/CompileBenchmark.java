package org.eregistrations.benchmarks;

import java.util.concurrent.TimeUnit;
import org.eregistrations.engine.ruleset.RuleSet;
import org.eregistrations.engine.ruleset.RuleSetCompilationException;
import org.eregistrations.engine.ruleset.RuleSetCompiler;
import org.eregistrations.engine.ruleset.RuleSetSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Warm compile time of G(N): each invocation compiles the whole service, core rules included, into a RuleSet. */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
public class CompileBenchmark {
    @Param({"10", "100", "1000"})
    public int n;

    private RuleSetSource source;
    private RuleSetCompiler compiler;

    @Setup
    public void setUp() {
        source = GeneratedService.of(n).source();
        compiler = new RuleSetCompiler();
    }

    @Benchmark
    public RuleSet compile() throws RuleSetCompilationException {
        return compiler.compile(source);
    }
}
