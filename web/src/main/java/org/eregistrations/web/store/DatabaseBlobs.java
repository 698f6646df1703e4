package org.eregistrations.web.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.function.Function;
import org.eregistrations.web.db.Sql;

/** The table {@code document_blob}: each content once under its SHA-256, in the transaction of the caller. */
@ApplicationScoped
class DatabaseBlobs {
    private final Sql sql;

    DatabaseBlobs(Sql sql) {
        this.sql = sql;
    }

    /** Stores a content under its hash; a content stored already is left as it is. Returns whether it was new. */
    boolean insert(String hash, Path content) {
        return sql.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                            "insert into document_blob (sha256, content, size) values (?, ?, ?)"
                                    + " on conflict (sha256) do nothing");
                    InputStream in = Files.newInputStream(content)) {
                long size = Files.size(content);
                statement.setString(1, hash);
                statement.setBinaryStream(2, in, size);
                statement.setLong(3, size);
                return statement.executeUpdate() == 1;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    boolean exists(String hash) {
        return sql.one("select 1 from document_blob where sha256 = ?", row -> true, hash)
                .isPresent();
    }

    /** Reads a content and hands its bytes to {@code use} while the row is read; empty when no row has the hash. */
    <T> Optional<T> read(String hash, Function<InputStream, T> use) {
        return sql.connection(connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("select content from document_blob where sha256 = ?")) {
                statement.setString(1, hash);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    try (InputStream content = rows.getBinaryStream(1)) {
                        return Optional.of(use.apply(content));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        });
    }
}
