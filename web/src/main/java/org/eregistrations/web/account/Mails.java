package org.eregistrations.web.account;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.eregistrations.web.site.Texts;
import org.jboss.logging.Logger;

/**
 * The mails of accounts, in the user's language, through Quarkus Mailer. Where the development mail page is on (the
 * default run and the tests) the mailer only logs them ({@code quarkus.mailer.mock}) and the last 100 are kept for
 * {@code /dev/mail}, so the links can be followed without a mail server.
 */
@ApplicationScoped
public class Mails {
    private static final Logger LOG = Logger.getLogger(Mails.class);
    private static final int KEPT = 100;
    /** Mails handed to the mail server, tagged {@code kind} ({@code account}, {@code notification}) and {@code outcome}. */
    public static final String METRIC = "eregistrations.mails";

    private final Mailer mailer;
    private final boolean devMail;
    private final String baseUrl;
    private final Deque<SentMail> sent = new ArrayDeque<>();
    private final MeterRegistry metrics;

    Mails(Mailer mailer, AccountsConfig config, MeterRegistry metrics) {
        this.mailer = mailer;
        this.metrics = metrics;
        this.devMail = config.devMail();
        this.baseUrl = config.baseUrl();
    }

    void announce(@Observes StartupEvent event) {
        if (devMail) {
            LOG.info("mail is not sent but logged and shown on /dev/mail, which answers only requests from this"
                    + " machine (loopback, not through a proxy)");
        }
    }

    /** A mail as the development mail page shows it. */
    public record SentMail(Instant at, String to, String subject, String text, String link) {}

    void sendConfirmation(Account account, String link, String language) {
        sendOfAccount(
                account.email(),
                Texts.get(language, "mail_confirm_subject"),
                Texts.get(language, "mail_confirm_body", "name", account.displayName(), "link", link),
                link);
    }

    void sendReset(Account account, String link, String language) {
        sendOfAccount(
                account.email(),
                Texts.get(language, "mail_reset_subject"),
                Texts.get(language, "mail_reset_body", "name", account.displayName(), "link", link),
                link);
    }

    void sendInvitation(Account account, String link, String language) {
        send(
                account.email(),
                Texts.get(language, "mail_invite_subject"),
                Texts.get(language, "mail_invite_body", "name", account.displayName(), "link", link),
                link);
    }

    /** The kept mails, newest first; empty unless the development mail page is on. */
    public synchronized List<SentMail> recent() {
        return List.copyOf(sent);
    }

    public boolean devMail() {
        return devMail;
    }

    /** The absolute link of a path of this site, for a mail. */
    public String link(String pathAndQuery) {
        return (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + pathAndQuery;
    }

    private void sendOfAccount(String to, String subject, String text, String link) {
        try {
            send(to, subject, text, link);
            count(metrics, "account", "sent");
        } catch (RuntimeException e) {
            count(metrics, "account", "failed");
            throw e;
        }
    }

    /** Counts a mail of a kind that was sent or failed ({@link #METRIC}). */
    public static void count(MeterRegistry metrics, String kind, String outcome) {
        Counter.builder(METRIC)
                .description("Mails handed to the mail server (sent) or refused by it (failed)")
                .tag("kind", kind)
                .tag("outcome", outcome)
                .register(metrics)
                .increment();
    }

    /** Sends a mail of another feature (already in its recipient's language); throws when the mailer fails. */
    public void send(String to, String subject, String text, String link) {
        mailer.send(Mail.withText(to, subject, text));
        if (devMail) {
            LOG.infof("mail to %s: %s — %s (also on /dev/mail)", to, subject, link);
            synchronized (this) {
                sent.addFirst(new SentMail(Instant.now(), to, subject, text, link));
                while (sent.size() > KEPT) {
                    sent.removeLast();
                }
            }
        }
    }
}
