package org.eregistrations.web.parta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A yes/no input's radio buttons carry their input's name, and point to its problem only when it has one. */
class InputTest {
    private static Input yesNo(String problem) {
        return new Input(
                "guide.imports",
                "imports",
                "Does the business import goods?",
                "yesNo",
                "true",
                List.of(new Input.Choice("true", "Yes", true), new Input.Choice("false", "No", false)),
                true,
                null,
                problem);
    }

    @Test
    void radiosCarryTheInputsNameAndItsProblem() {
        assertThat(yesNo("Choose an answer").radios())
                .containsExactly(
                        new Input.Radio("guide.imports", "true", "Yes", true, "imports-problem"),
                        new Input.Radio("guide.imports", "false", "No", false, "imports-problem"));
        assertThat(yesNo(null).radios()).extracting(Input.Radio::describedBy).containsOnlyNulls();
    }
}
