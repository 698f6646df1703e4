package org.eregistrations.engine.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.DerivationChange;
import org.eregistrations.engine.derivation.DerivedSet;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.fact.Kind;
import org.eregistrations.engine.model.ServiceModel;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class LiveDerivationTest {
    private static final RuleSet COMPANY = TestServices.company();

    @Test
    void liveSessionFollowsAnAnswerBackAndForth() {
        try (LiveDerivation live = COMPANY.openLive()) {
            FileValues importer =
                    FileValues.builder().answer("isImporter", true).check("nit").build();
            FileValues notImporter =
                    importer.toBuilder().answer("isImporter", false).build();

            assertThat(live.derive(importer)).isEqualTo(COMPANY.deriveInFreshSession(importer));
            assertThat(live.derive(notImporter)).isEqualTo(COMPANY.deriveInFreshSession(notImporter));
            assertThat(live.derive(importer)).isEqualTo(COMPANY.deriveInFreshSession(importer));
        }
    }

    @Test
    void anUpdateNamesOnlyWhatTheAnswerChanged() {
        try (LiveDerivation live = COMPANY.openLive()) {
            FileValues notImporter = FileValues.builder()
                    .answer("isImporter", false)
                    .check("nit")
                    .build();
            live.derive(notImporter);

            DerivationChange change = live.update(
                            notImporter.toBuilder().answer("isImporter", true).build())
                    .change();

            assertThat(change.sets().get(DerivedSet.REGISTRATIONS_APPLICABLE))
                    .isEqualTo(new DerivationChange.Members(List.of("nit"), List.of()));
            assertThat(change.sets().get(DerivedSet.CERTIFICATES_APPLICABLE).added())
                    .containsExactly("niti");
            assertThat(change.sets()).doesNotContainKey(DerivedSet.DATA_FORMS_APPLICABLE);
            assertThat(change.computed()).isEmpty();
        }
    }

    @Test
    void derivingTheSameValuesAgainChangesNothing() {
        try (LiveDerivation live = COMPANY.openLive()) {
            FileValues values = FileValues.builder().answer("capital", 20_000).build();
            Derivation first = live.derive(values);

            LiveDerivation.Update again = live.update(values);

            assertThat(again.change().isEmpty()).isTrue();
            assertThat(again.derivation()).isEqualTo(first);
        }
    }

    /** As a fee schedule does: the new row's amount may come before the old row's goes. */
    @Test
    void aCostStaysPayableWhenItsAmountMovesFromOneRowToAnother() {
        ServiceModel model = ServiceModel.builder("stall")
                .question("zone", true)
                .question("size", true)
                .registration("permit", true, true)
                .cost("permitFee", BigDecimal.ZERO, false)
                .resolves("permit", Kind.COST, "permitFee")
                .build();
        RuleSet ruleSet = TestServices.compile(
                model,
                """
                package rules.stall
                rule "Rural large stalls pay 20"
                when Answer(name == "zone", text == "rural") Answer(name == "size", text == "large")
                then insertLogical(new Amount("permitFee", 20));
                end
                rule "Suburban medium stalls pay 40"
                when Answer(name == "zone", text == "suburban") Answer(name == "size", text == "medium")
                then insertLogical(new Amount("permitFee", 40));
                end
                """);
        FileValues rural = FileValues.builder()
                .answer("zone", "rural")
                .answer("size", "large")
                .build();
        FileValues suburban = FileValues.builder()
                .answer("zone", "suburban")
                .answer("size", "medium")
                .build();
        try (LiveDerivation live = ruleSet.openLive()) {
            live.derive(rural);

            Derivation derivation = live.derive(suburban);

            assertThat(derivation.get(DerivedSet.COSTS_PAYABLE)).containsExactly("permitFee");
            assertThat(derivation.total()).isEqualByComparingTo("40");
            assertThat(derivation).isEqualTo(ruleSet.deriveInFreshSession(suburban));
            assertThat(live.derive(rural)).isEqualTo(ruleSet.deriveInFreshSession(rural));
        }
    }

    /** Random walks over every kind of value: the live session must agree with a fresh one at every step. */
    @RepeatedTest(5)
    void liveDerivationAlwaysEqualsStatelessDerivation() {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        FileValues values = FileValues.empty();
        Derivation previous = Derivation.empty(COMPANY.version());
        try (LiveDerivation live = COMPANY.openLive()) {
            for (int step = 0; step < 60; step++) {
                values = change(values.toBuilder(), random).build();
                Derivation expected = COMPANY.deriveInFreshSession(values);
                LiveDerivation.Update update = live.update(values);
                assertThat(update.derivation())
                        .as("seed %d, step %d, values %s", seed, step, values)
                        .isEqualTo(expected);
                assertThat(update.change())
                        .as("change, seed %d, step %d, values %s", seed, step, values)
                        .isEqualTo(DerivationChange.between(previous, expected));
                previous = expected;
            }
        }
    }

    /** The same walks through the pooled sessions of {@link RuleSet#derive}: each must equal a fresh session. */
    @RepeatedTest(3)
    void pooledDerivationAlwaysEqualsAFreshSession() {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        FileValues values = FileValues.empty();
        for (int step = 0; step < 60; step++) {
            values = change(values.toBuilder(), random).build();
            assertThat(COMPANY.derive(values))
                    .as("seed %d, step %d, values %s", seed, step, values)
                    .isEqualTo(COMPANY.deriveInFreshSession(values));
        }
    }

    private static FileValues.Builder change(FileValues.Builder values, Random random) {
        List<String> cities = List.of("San Salvador", "Santa Ana");
        return switch (random.nextInt(10)) {
            case 0 -> values.answer("isImporter", random.nextBoolean() ? null : random.nextBoolean());
            case 1 -> values.answer("capital", random.nextBoolean() ? null : random.nextInt(30_000));
            case 2 -> random.nextBoolean() ? values.check("nit") : values.uncheck("nit");
            case 3 -> random.nextBoolean() ? values.check("tradeMark") : values.uncheck("tradeMark");
            case 4 -> values.choose("identity", random.nextBoolean() ? null : "passport");
            case 5 -> values.field("city", cities.get(random.nextInt(2)));
            case 6 -> values.field(random.nextBoolean() ? "firstName" : "lastName", random.nextBoolean() ? null : "X");
            case 7 -> values.listField("shareholders", random.nextInt(3), "name", random.nextBoolean() ? null : "S");
            case 8 -> values.upload(Kind.REQUIREMENT_UPLOAD, random.nextBoolean() ? "identity" : "utilityBill");
            default -> values.signAffidavit(random.nextBoolean());
        };
    }
}
