package org.eregistrations.web.configure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatchTest {
    @TempDir
    Path root;

    private Path bundle(String name) throws Exception {
        Path dir = Files.createDirectories(root.resolve(name));
        Files.writeString(dir.resolve("service.yaml"), "id: " + name + "\n");
        Files.writeString(dir.resolve("rules.drl"), "package x\n");
        return dir;
    }

    @Test
    void whatWasThereAtTheStartIsSeenAndOnlyLaterEditsCount() throws Exception {
        Path permit = bundle("permit");
        FolderWatch watch = new FolderWatch(root);

        assertThat(watch.changed()).isEmpty();

        Files.writeString(permit.resolve("rules.drl"), "package x\n// edited\n");
        assertThat(watch.changed()).containsExactly(permit);
        assertThat(watch.changed()).isEmpty();

        Path licence = bundle("licence");
        assertThat(watch.changed()).containsExactly(licence);

        Files.writeString(permit.resolve("more.drl"), "package x\n");
        Files.delete(licence.resolve("rules.drl"));
        assertThat(watch.changed()).containsExactlyInAnyOrder(permit, licence);
    }

    @Test
    void aDeletedBundleFolderIsReportedOnceAndAFolderPutBackIsNew() throws Exception {
        Path permit = bundle("permit");
        Path licence = bundle("licence");
        FolderWatch watch = new FolderWatch(root);
        assertThat(watch.removed()).isEmpty();

        Files.delete(permit.resolve("rules.drl"));
        Files.delete(permit.resolve("service.yaml"));
        Files.delete(permit);
        Files.delete(licence.resolve("service.yaml"));

        assertThat(watch.changed()).isEmpty();
        assertThat(watch.removed()).containsExactly(licence, permit);
        assertThat(watch.removed()).isEmpty();

        bundle("permit");
        assertThat(watch.changed()).containsExactly(permit);
    }

    @Test
    void aRemovedFolderLeavesTheServiceServingAndSaysHowToRetireIt() {
        assertThat(RulesFolderWatcher.removedMessage(root.resolve("permit")))
                .isEqualTo(root.resolve("permit") + " was removed: service 'permit' keeps serving its active version;"
                        + " to stop new files retire it on the configuration page or with"
                        + " POST /api/rulesets/permit/retire");
    }

    @Test
    void folderWithoutCatalogueIsNotWatched() throws Exception {
        FolderWatch watch = new FolderWatch(root);
        Files.createDirectories(root.resolve("notes"));
        Files.writeString(root.resolve("notes/readme.txt"), "hello");

        assertThat(watch.changed()).isEmpty();
    }
}
