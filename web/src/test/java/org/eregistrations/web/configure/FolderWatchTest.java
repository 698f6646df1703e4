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
    void folderWithoutCatalogueIsNotWatched() throws Exception {
        FolderWatch watch = new FolderWatch(root);
        Files.createDirectories(root.resolve("notes"));
        Files.writeString(root.resolve("notes/readme.txt"), "hello");

        assertThat(watch.changed()).isEmpty();
    }
}
