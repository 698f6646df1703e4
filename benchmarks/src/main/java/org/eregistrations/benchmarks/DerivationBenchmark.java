package org.eregistrations.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.ruleset.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One workload step of G(N) per invocation: the next file values (one answer flipped) derived by the engine, stateless
 * or live, or by plain Java. The values of the 2Q steps of a period are built before measuring.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public abstract class DerivationBenchmark {
    @Param({"10", "100", "1000"})
    public int n;

    @Param({"stateless", "live", "plainJava"})
    public String implementation;

    private List<FileValues> cycle;
    private Deriver deriver;
    private int step;

    @Setup(Level.Trial)
    public void setUp() {
        GeneratedService service = GeneratedService.of(n);
        Deriver.Implementation chosen = Deriver.Implementation.byLabel(implementation);
        RuleSet ruleSet = chosen.usesEngine() ? service.compile() : null;
        cycle = service.cycle();
        deriver = Deriver.open(chosen, service, ruleSet);
        deriver.derive(service.initialValues());
        step = 0;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        deriver.close();
    }

    @Benchmark
    public GSets step() {
        FileValues values = cycle.get(step);
        step = step + 1 == cycle.size() ? 0 : step + 1;
        return deriver.derive(values);
    }
}
