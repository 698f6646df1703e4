package org.eregistrations.engine.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.DerivationException;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.fact.Kind;
import org.eregistrations.engine.model.ServiceModel;
import org.junit.jupiter.api.Test;

class RuleSetPoolTest {
    private static final RuleSet COMPANY = TestServices.company();

    @Test
    void concurrentDerivationsEachEqualAFreshSession() throws Exception {
        RuleSet ruleSet = TestServices.company();
        List<FileValues> files = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 40; i++) {
            files.add(FileValues.builder()
                    .answer("isImporter", random.nextBoolean())
                    .answer("capital", random.nextInt(30_000))
                    .check(random.nextBoolean() ? "nit" : "tradeMark")
                    .field("firstName", random.nextBoolean() ? "Ana" : null)
                    .field("lastName", "Ruiz")
                    .build());
        }
        List<Derivation> expected =
                files.stream().map(ruleSet::deriveInFreshSession).toList();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> work = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int offset = thread;
                work.add(() -> {
                    for (int round = 0; round < 5 * files.size(); round++) {
                        int i = (round * 7 + offset) % files.size();
                        if (!ruleSet.derive(files.get(i)).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> result : threads.invokeAll(work)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(ruleSet.idleSessions()).isBetween(1, RuleSet.POOLED_SESSIONS);
    }

    @Test
    void aSessionWhoseDerivationFailedIsNotPooled() {
        ServiceModel model = ServiceModel.builder("fees")
                .question("capital", true)
                .registration("company", true, true)
                .cost("capitalFee", java.math.BigDecimal.ZERO, false)
                .resolves("company", Kind.COST, "capitalFee")
                .build();
        RuleSet ruleSet = TestServices.compile(
                model,
                """
                package rules.fees
                rule "Fee one"
                when Answer(name == "capital", number > 10) then insertLogical(new Amount("capitalFee", 1));
                end
                rule "Fee two"
                when Answer(name == "capital", number > 20) then insertLogical(new Amount("capitalFee", 2));
                end
                """);
        FileValues small = FileValues.builder().answer("capital", 15).build();
        ruleSet.derive(small);
        assertThat(ruleSet.idleSessions()).isEqualTo(1);

        assertThatThrownBy(() -> ruleSet.derive(
                        FileValues.builder().answer("capital", 25).build()))
                .isInstanceOf(DerivationException.class)
                .hasMessageContaining("two different amounts of cost 'capitalFee'");

        assertThat(ruleSet.idleSessions()).isZero();
        assertThat(ruleSet.derive(small)).isEqualTo(ruleSet.deriveInFreshSession(small));
    }

    @Test
    void theSameValuesGiveTheSameDerivationWhicheverSessionServesThem() {
        FileValues importer = FileValues.builder().answer("isImporter", true).build();
        FileValues other = FileValues.builder()
                .answer("capital", 20_000)
                .check("tradeMark")
                .build();

        Derivation first = COMPANY.derive(importer);
        COMPANY.derive(other);

        assertThat(COMPANY.derive(importer)).isEqualTo(first);
    }
}
