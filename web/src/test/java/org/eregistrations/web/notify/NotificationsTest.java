package org.eregistrations.web.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.testing.FileApi;
import org.junit.jupiter.api.Test;

/** The investor's mails: queued with the change that causes them, delivered once, retried, in their language. */
@QuarkusTest
class NotificationsTest {
    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxSender sender;

    @Inject
    Accounts accounts;

    @Inject
    Sql sql;

    private String email() {
        return accounts.find("luis").orElseThrow().email();
    }

    /** The mails to luis about this file, waiting up to 10 s for at least {@code count}. */
    private List<Mail> mailsAbout(String file, int count) throws InterruptedException {
        Predicate<Mail> about = mail -> mail.getText().contains("/files/" + file);
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        List<Mail> found;
        do {
            found = mailbox.getMailsSentTo(email()).stream().filter(about).toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(until));
        return found;
    }

    private long queued(String file) {
        return sql.one("select count(*) from mail_outbox where file_id = ?::uuid", row -> row.getLong(1), file)
                .orElseThrow();
    }

    /** Waits until the mails earlier tests queued are sent, so the next failure is this test's mail's. */
    private void drained() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (sql.one("select count(*) from mail_outbox where sent_at is null", row -> row.getLong(1))
                                .orElseThrow()
                        > 0
                && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
    }

    /** Sends a complete trader licence as luis, from a Spanish browser. */
    private String sentInSpanish() {
        String file = FileApi.completeTraderLicence("luis");
        as("luis")
                .header("Accept-Language", "es")
                .contentType("application/json")
                .body(Map.of("expectedVersion", FileApi.version("luis", file)))
                .post("/api/files/" + file + "/send")
                .then()
                .statusCode(200);
        return file;
    }

    @Test
    void sendingAFileDeliversFileReceivedInTheInvestorsLanguage() throws InterruptedException {
        String file = sentInSpanish();

        List<Mail> mails = mailsAbout(file, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).startsWith("Expediente ").endsWith(" recibido");
        assertThat(mails.get(0).getText())
                .contains("hemos recibido su expediente")
                .contains("/files/" + file);
    }

    @Test
    void aSendBackDeliversItsReasonInTheLanguageTheFileWasSentIn() throws InterruptedException {
        String file = sentInSpanish();
        FileApi.decide("clerk", file, "steps/review/sendBack", "The address is incomplete")
                .statusCode(200);

        List<Mail> mails = mailsAbout(file, 2);
        assertThat(mails).hasSize(2);
        Mail sentBack = mails.stream()
                .filter(mail -> mail.getSubject().contains("devuelto"))
                .findFirst()
                .orElseThrow();
        assertThat(sentBack.getText())
                .contains("Motivo: The address is incomplete")
                .contains("paso Revisión");

        // sent again: the investor is told it was received again, in the same language
        FileApi.decide("luis", file, "resubmit", null).statusCode(200);
        assertThat(mailsAbout(file, 3))
                .anySatisfy(mail -> assertThat(mail.getSubject()).endsWith("recibido de nuevo con sus correcciones"));
    }

    @Test
    void aRefusedDecisionQueuesNothing() {
        String file = FileApi.sentTraderLicence("luis");
        long before = queued(file);
        long stale = FileApi.version("clerk", file) - 1;
        as("clerk")
                .contentType("application/json")
                .body(Map.of("expectedVersion", stale, "reason", "no"))
                .post("/api/files/" + file + "/steps/review/reject")
                .then()
                .statusCode(409);

        assertThat(queued(file)).isEqualTo(before).isEqualTo(1);
    }

    @Test
    void aFailedMailIsTriedAgainAndNotLost() throws InterruptedException {
        drained();
        sender.failNext(1);
        String file = FileApi.sentTraderLicence("luis");

        assertThat(mailsAbout(file, 1)).hasSize(1);
        long failedAttempts = sql.one(
                        "select count(*) from mail_outbox where file_id = ?::uuid and last_error is not null"
                                + " and sent_at is not null and attempts = 2",
                        row -> row.getLong(1),
                        file)
                .orElseThrow();
        assertThat(failedAttempts).isEqualTo(1);
    }

    @Test
    void twoSendersAtOnceDeliverEachMailOnce() throws InterruptedException {
        List<String> files = List.of(
                FileApi.sentTraderLicence("luis"),
                FileApi.sentTraderLicence("luis"),
                FileApi.sentTraderLicence("luis"));
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(sender::sendDue);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(sender::sendDue);
        one.join();
        two.join();

        for (String file : files) {
            assertThat(mailsAbout(file, 1)).hasSize(1);
        }
        Thread.sleep(1000);
        for (String file : files) {
            assertThat(mailsAbout(file, 1)).as("mails about %s", file).hasSize(1);
        }
    }
}
