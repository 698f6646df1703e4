package org.eregistrations.web.notify;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eregistrations.web.account.Mails;
import org.eregistrations.web.site.Texts;
import org.jboss.logging.Logger;

/**
 * Sends the outbox's due mails every {@code eregistrations.notify.interval} on a thread of its own, in the recipient's
 * language through the accounts' mail path (so {@code /dev/mail} shows them in the default run). A batch is claimed
 * with skip locked in one transaction: several nodes may run it, each mail is taken by one. A failed mail stays with
 * its error and is tried again after a doubling wait; nothing is dropped.
 */
@Singleton
public class OutboxSender {
    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final Mails mails;
    private final NotifyConfig config;
    private final AtomicInteger failures = new AtomicInteger();
    private final MeterRegistry metrics;
    private ScheduledExecutorService timer;

    OutboxSender(Outbox outbox, Mails mails, NotifyConfig config, MeterRegistry metrics) {
        this.outbox = outbox;
        this.mails = mails;
        this.config = config;
        this.metrics = metrics;
        Gauge.builder(Mails.METRIC + ".queued", outbox, Outbox::countUnsent)
                .description("Mails of the outbox not sent yet (due, or waiting to be tried again)")
                .register(metrics);
    }

    void start(@Observes StartupEvent event) {
        if (!config.sender()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mail-outbox");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.interval().toMillis();
        timer.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void tick() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("mail outbox: a batch failed, it is tried again", e);
        }
    }

    /** Sends one batch of due mails; returns how many went out. */
    public int sendDue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Outbox.Pending> due = outbox.claimDue(config.batch());
            int sent = 0;
            for (Outbox.Pending mail : due) {
                try {
                    send(mail);
                    outbox.sent(mail.id());
                    Mails.count(metrics, "notification", "sent");
                    sent++;
                } catch (RuntimeException e) {
                    Mails.count(metrics, "notification", "failed");
                    Instant next = Instant.now().plus(backoff(mail.attempts()));
                    LOG.warnf(
                            "mail %d to %s failed (attempt %d), next at %s: %s",
                            mail.id(), mail.email(), mail.attempts() + 1, next, e.toString());
                    outbox.failed(mail.id(), String.valueOf(e.getMessage()), next);
                }
            }
            return sent;
        });
    }

    /** The wait after the given number of earlier attempts failed and this one too. */
    Duration backoff(int earlierAttempts) {
        Duration wait = config.firstRetry().multipliedBy(1L << Math.min(earlierAttempts, 20));
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    /** For tests: the next {@code times} mails fail as an unreachable mail server would. */
    void failNext(int times) {
        failures.set(times);
    }

    private void send(Outbox.Pending mail) {
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("mail server unreachable (simulated)");
        }
        String prefix = "notify_" + mail.kind();
        String link = mail.payload().path("link").asText();
        Object[] values = {
            "number", mail.payload().path("number").asText(),
            "link", link,
            "step", mail.payload().path("step").asText(),
            "reason", mail.payload().path("reason").asText()
        };
        mails.send(
                mail.email(),
                Texts.get(mail.language(), prefix + "_subject", values),
                Texts.get(mail.language(), prefix + "_body", values),
                link);
    }
}
