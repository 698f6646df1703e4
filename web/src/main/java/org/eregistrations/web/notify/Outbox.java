package org.eregistrations.web.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eregistrations.web.db.Sql;

/**
 * The rows of {@code mail_outbox} on the current transaction: a mail is queued with the change that causes it, and
 * claimed for sending with {@code for update skip locked}, so two senders never take the same row.
 */
@ApplicationScoped
class Outbox {
    /** A mail waiting to be sent. */
    record Pending(long id, String email, String language, String kind, JsonNode payload, int attempts) {}

    private final Sql sql;
    private final ObjectMapper json;

    Outbox(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    void enqueue(String account, String email, String language, String kind, UUID file, Map<String, String> payload) {
        Instant now = Instant.now();
        sql.update(
                "insert into mail_outbox (recipient_account, recipient_email, language, kind, file_id, payload,"
                        + " created_at, next_attempt_at) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)",
                account,
                email,
                language,
                kind,
                file,
                write(payload),
                now,
                now);
    }

    /** The language of the file's latest queued mail: the one the investor used when they sent it. */
    Optional<String> languageOf(UUID file) {
        return sql.one(
                "select language from mail_outbox where file_id = ? order by id desc limit 1",
                row -> row.getString(1),
                file);
    }

    /** Due unsent mails, oldest first, locked until the transaction ends; rows another sender holds are skipped. */
    List<Pending> claimDue(int batch) {
        return sql.list(
                "select id, recipient_email, language, kind, payload, attempts from mail_outbox"
                        + " where sent_at is null and next_attempt_at <= ? order by id limit ? for update skip locked",
                row -> new Pending(
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        read(row.getString(5)),
                        row.getInt(6)),
                Instant.now(),
                batch);
    }

    /** Mails not sent yet: due, or waiting to be tried again. */
    double countUnsent() {
        return sql.one("select count(*) from mail_outbox where sent_at is null", row -> row.getLong(1))
                .orElse(0L);
    }

    void sent(long id) {
        sql.update("update mail_outbox set sent_at = ?, attempts = attempts + 1 where id = ?", Instant.now(), id);
    }

    void failed(long id, String error, Instant nextAttempt) {
        sql.update(
                "update mail_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?",
                error,
                nextAttempt,
                id);
    }

    private String write(Map<String, String> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
