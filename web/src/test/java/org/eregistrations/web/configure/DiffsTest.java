package org.eregistrations.web.configure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The differences of two versions: files line by line with context, rules by name. */
class DiffsTest {
    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aChangedFileShowsItsChangedLinesWithTwoLinesAroundAndGapsBetween() {
        String before = String.join(
                "\n", IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i).toList());
        String after = before.replace("line 5\n", "line five\n").replace("line 15\n", "");
        List<FileDiff.ChangedFile> files =
                FileDiff.compare(Map.of("a.drl", text(before)), Map.of("a.drl", text(after), "b.yaml", text("x")));

        assertThat(files).extracting(FileDiff.ChangedFile::path).containsExactly("a.drl", "b.yaml");
        assertThat(files.get(1).kind()).isEqualTo("added");
        List<String> shown = files.get(0).lines().stream()
                .map(line -> line.kind() + line.text())
                .toList();
        assertThat(shown)
                .containsExactly(
                        "…",
                        " line 3",
                        " line 4",
                        "-line 5",
                        "+line five",
                        " line 6",
                        " line 7",
                        "…",
                        " line 13",
                        " line 14",
                        "-line 15",
                        " line 16",
                        " line 17",
                        "…");
        FileDiff.Line removed = files.get(0).lines().get(3);
        assertThat(removed.oldNumber()).isEqualTo(5);
        assertThat(files.get(0).lines().get(4).newNumber()).isEqualTo(5);
    }

    @Test
    void sameFilesDifferInNothingAndBinaryFilesAreOnlySaidToHaveChanged() {
        assertThat(FileDiff.compare(Map.of("a", text("x")), Map.of("a", text("x"))))
                .isEmpty();
        List<FileDiff.ChangedFile> binary =
                FileDiff.compare(Map.of("t.xlsx", new byte[] {(byte) 0xff, 0}), Map.of("t.xlsx", new byte[] {1}));
        assertThat(binary.get(0).binary()).isTrue();
        assertThat(binary.get(0).lines()).isEmpty();
    }

    @Test
    void rulesAreComparedByNameIgnoringSpacingAndComments() {
        String before =
                """
                package rules
                rule "Importers pay"
                when
                    Answer(name == "isImporter", flag == true)
                then
                    insertLogical(new Amount("fee", 10));
                end
                rule 'Gone' when then end
                rule Kept
                when
                then
                end
                """;
        String after =
                """
                package rules
                // the fee went up
                rule "Importers pay"
                when
                    Answer(name == "isImporter", flag == true)
                then
                    insertLogical(new Amount("fee", 20));
                end
                rule Kept
                  when   then
                end
                rule "New one"
                when
                then
                end
                """;
        assertThat(RuleDiff.compare(Map.of("a.drl", text(before)), Map.of("a.drl", text(after))))
                .containsExactly(
                        new RuleDiff.ChangedRule("Gone", "a.drl", "removed"),
                        new RuleDiff.ChangedRule("Importers pay", "a.drl", "changed"),
                        new RuleDiff.ChangedRule("New one", "a.drl", "added"));
    }
}
