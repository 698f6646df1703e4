package org.eregistrations.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;
import static org.eregistrations.web.testing.FileApi.create;
import static org.eregistrations.web.testing.FileApi.upload;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.eregistrations.web.AppConfig;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

/** Documents are kept in the database once per content, and those an older install kept in its folder move there. */
@QuarkusTest
class DocumentBlobsTest {
    @Inject
    Sql sql;

    @Inject
    AppConfig config;

    @Inject
    BlobStore blobs;

    @Inject
    BlobMigration migration;

    private long rows(String sha256) {
        return sql.one("select count(*) from document_blob where sha256 = ?", row -> row.getLong(1), sha256)
                .orElseThrow();
    }

    private static byte[] download(String user, String file, String upload) {
        return as(user).get("/api/files/" + file + "/documents/requirementUploads/" + upload)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }

    @Test
    void sameBytesUploadedTwiceAreStoredOnce() {
        byte[] pdf = FileApi.uniquePdf();
        String first = create("ana", "trader-licence");
        String second = create("luis", "trader-licence");

        String hash = upload("ana", first, "requirementUploads", "identity", pdf)
                .statusCode(200)
                .extract()
                .path("values.'requirementUploads.identity'.sha256");
        upload("luis", second, "requirementUploads", "identity", pdf).statusCode(200);

        assertThat(rows(hash)).isEqualTo(1);
        assertThat(download("ana", first, "identity")).isEqualTo(pdf);
        assertThat(download("luis", second, "identity")).isEqualTo(pdf);
    }

    @Test
    void documentReadFromTheDatabaseWhenThisNodeHasNoCopy() throws Exception {
        byte[] pdf = FileApi.uniquePdf();
        String file = create("ana", "trader-licence");
        String hash = upload("ana", file, "requirementUploads", "identity", pdf)
                .statusCode(200)
                .extract()
                .path("values.'requirementUploads.identity'.sha256");
        Path cached = Path.of(config.blobDir(), hash.substring(0, 2), hash);
        Files.deleteIfExists(cached);

        assertThat(download("ana", file, "identity")).isEqualTo(pdf);
        assertThat(cached).hasBinaryContent(pdf);
    }

    @Test
    void documentOnlyInTheFolderOfAnOlderInstallIsCopiedIntoTheDatabase() throws Exception {
        byte[] pdf = FileApi.uniquePdf();
        Path upload = Files.createTempFile("older-install", ".pdf");
        Files.write(upload, pdf);
        String hash = BlobFolder.sha256(upload);
        Path inFolder = Path.of(config.blobDir(), hash.substring(0, 2), hash);
        Files.createDirectories(inFolder.getParent());
        Files.move(upload, inFolder);
        Path impostor = Path.of(
                config.blobDir(), "00", "00" + UUID.randomUUID().toString().replace("-", "") + "0".repeat(30));
        Files.createDirectories(impostor.getParent());
        Files.write(impostor, pdf);

        assertThat(rows(hash)).isZero();
        migration.copyIntoDatabase();
        Files.delete(inFolder);

        assertThat(rows(hash)).isEqualTo(1);
        assertThat(blobs.find(hash)).hasValueSatisfying(path -> assertThat(path).hasBinaryContent(pdf));
        assertThat(rows(impostor.getFileName().toString()))
                .as("a file whose content is not its name")
                .isZero();
        Files.delete(impostor);
    }
}
