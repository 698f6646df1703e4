package org.eregistrations.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileProcessTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30.123456Z");

    /** The company registration's steps: registry and tax run in parallel after the revision. */
    private static final Map<String, List<String>> STEPS = steps();

    private static Map<String, List<String>> steps() {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        steps.put("revision", List.of());
        steps.put("registry", List.of("revision"));
        steps.put("tax", List.of("revision"));
        steps.put("municipality", List.of("revision"));
        steps.put("issuance", List.of("registry", "tax", "municipality"));
        return steps;
    }

    private static FileProcess submitted() {
        StepGraph graph = StepGraph.of(STEPS, List.of("revision", "registry", "tax", "issuance"));
        return FileProcess.draft().submit(graph, "ana", NOW);
    }

    @Test
    void stepsWithTheSamePredecessorsRunInParallel() {
        FileProcess file = submitted();
        assertThat(file.status()).isEqualTo(FileStatus.SUBMITTED);
        assertThat(file.pendingSteps()).containsExactly("revision");

        file = file.approve("revision", "clerk", NOW);
        assertThat(file.pendingSteps()).containsExactly("registry", "tax");

        file = file.approve("tax", "taxOfficer", NOW);
        assertThat(file.pendingSteps()).containsExactly("registry");
        assertThat(file.steps()).containsEntry("issuance", StepStatus.WAITING);

        file = file.approve("registry", "registrar", NOW);
        assertThat(file.pendingSteps()).containsExactly("issuance");
    }

    @Test
    void fileIsApprovedWhenEveryApplicableStepIsApproved() {
        FileProcess file = submitted()
                .approve("revision", "clerk", NOW)
                .approve("registry", "registrar", NOW)
                .approve("tax", "taxOfficer", NOW)
                .approve("issuance", "clerk", NOW);

        assertThat(file.status()).isEqualTo(FileStatus.APPROVED);
        assertThat(file.status().isClosed()).isTrue();
    }

    @Test
    void stepThatDoesNotApplyIsSkippedWithoutLosingItsPredecessors() {
        Map<String, List<String>> chain = new LinkedHashMap<>();
        chain.put("a", List.of());
        chain.put("b", List.of("a"));
        chain.put("c", List.of("b"));
        StepGraph graph = StepGraph.of(chain, List.of("a", "c"));

        assertThat(graph.steps()).containsExactly("a", "c");
        assertThat(graph.before("c")).containsExactly("a");
    }

    @Test
    void sentBackFileReturnsToTheStepThatSentItBack() {
        FileProcess file = submitted()
                .approve("revision", "clerk", NOW)
                .sendBack("tax", "taxOfficer", NOW, "The NIT form is unsigned");

        assertThat(file.status()).isEqualTo(FileStatus.SENT_BACK);
        assertThat(file.status().isPartB()).isTrue();
        assertThat(file.status().isEditableByInvestor()).isTrue();
        assertThat(file.sentBackBy()).contains("tax");
        assertThatThrownBy(() -> file.approve("registry", "registrar", NOW))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("SENT_BACK");

        FileProcess resubmitted = file.resubmit("ana", NOW);
        assertThat(resubmitted.status()).isEqualTo(FileStatus.SUBMITTED);
        assertThat(resubmitted.pendingSteps()).containsExactly("registry", "tax");
    }

    @Test
    void rejectedFileIsClosedForGood() {
        FileProcess file = submitted().reject("revision", "clerk", NOW, "Pictures of Mickey Mouse");

        assertThat(file.status()).isEqualTo(FileStatus.REJECTED);
        assertThatThrownBy(() -> file.withdraw("ana", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> file.resubmit("ana", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void investorWithdrawsBeforeADecision() {
        FileProcess file = submitted().approve("revision", "clerk", NOW).withdraw("ana", NOW);

        assertThat(file.status()).isEqualTo(FileStatus.WITHDRAWN);
        assertThat(file.decisions())
                .extracting(Decision::outcome)
                .containsExactly(Decision.Outcome.SUBMITTED, Decision.Outcome.APPROVED, Decision.Outcome.WITHDRAWN);
    }

    @Test
    void onlyADraftIsDiscardedAndADiscardedFileIsClosed() {
        FileProcess file = FileProcess.draft().discard("ana", NOW);

        assertThat(file.status()).isEqualTo(FileStatus.DISCARDED);
        assertThat(file.status().isClosed()).isTrue();
        assertThat(file.status().isEditableByInvestor()).isFalse();
        assertThat(file.decisions()).extracting(Decision::outcome).containsExactly(Decision.Outcome.DISCARDED);
        assertThatThrownBy(() -> file.discard("ana", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> file.withdraw("ana", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> submitted().discard("ana", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void everyDecisionRecordsWhoWhenAndWhy() {
        FileProcess file = submitted().sendBack("revision", "clerk", NOW, "Blurred passport");

        assertThat(file.decisions().get(1))
                .isEqualTo(new Decision("revision", Decision.Outcome.SENT_BACK, "clerk", NOW, "Blurred passport"));
        assertThatThrownBy(() -> submitted().reject("revision", "clerk", NOW, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
    }

    @Test
    void pausedStepResumesAsPending() {
        FileProcess paused = submitted().pause("revision", "clerk", NOW, "Waiting for the registry's system");

        assertThat(paused.pendingSteps()).isEmpty();
        assertThatThrownBy(() -> paused.approve("revision", "clerk", NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(paused.resume("revision", "clerk", NOW).pendingSteps()).containsExactly("revision");
    }

    @Test
    void migratedFileKeepsItsDecidedStepsAndWaitsForNewOnes() {
        FileProcess file = submitted().approve("revision", "clerk", NOW);

        FileProcess migrated =
                file.migrate(StepGraph.of(STEPS, List.of("revision", "registry", "municipality", "issuance")));

        assertThat(migrated.steps())
                .containsEntry("revision", StepStatus.APPROVED)
                .containsEntry("municipality", StepStatus.PENDING)
                .doesNotContainKey("tax");
        assertThat(migrated.pendingSteps()).containsExactly("registry", "municipality");
        assertThatThrownBy(() -> FileProcess.draft().migrate(StepGraph.of(STEPS, List.of())))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void waitingOrUnknownStepsCannotBeDecided() {
        assertThatThrownBy(() -> submitted().approve("tax", "taxOfficer", NOW))
                .hasMessage("step 'tax' is WAITING, not pending");
        assertThatThrownBy(() -> submitted().approve("municipality", "x", NOW))
                .hasMessage("step 'municipality' does not apply to this file");
        assertThatThrownBy(() -> FileProcess.draft().approve("revision", "clerk", NOW))
                .hasMessage("the file is DRAFT, so no step can be decided");
        assertThatThrownBy(() -> submitted().submit(StepGraph.of(STEPS, List.of()), "ana", NOW))
                .hasMessage("only a draft can be sent; this file is SUBMITTED");
    }
}
