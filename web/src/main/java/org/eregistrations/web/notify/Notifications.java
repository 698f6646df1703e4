package org.eregistrations.web.notify;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.account.Mails;
import org.eregistrations.web.file.LifecycleEvent;
import org.eregistrations.web.file.StepAssigned;
import org.eregistrations.web.site.Language;
import org.eregistrations.web.site.Texts;

/**
 * Queues the investor's mail of a lifecycle change, synchronously inside the change's transaction: the mail is stored
 * with the decision or not at all, and sending it later never blocks or undoes the decision. The language is the one
 * of the request that sent the file (accounts store none); an officer's decision reuses the file's last mail's.
 */
@ApplicationScoped
public class Notifications {
    private final Outbox outbox;
    private final Accounts accounts;
    private final Mails mails;

    @Inject
    CurrentVertxRequest request;

    Notifications(Outbox outbox, Accounts accounts, Mails mails) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.mails = mails;
    }

    void on(@Observes LifecycleEvent event) {
        switch (event.kind()) {
            case LifecycleEvent.RECEIVED -> received(event);
            case LifecycleEvent.RESENT -> queue(event, investorLanguage(event), Map.of());
            case LifecycleEvent.SENT_BACK -> sentBack(event);
            case LifecycleEvent.REJECTED -> rejected(event);
            case LifecycleEvent.APPROVED -> approved(event);
            default -> throw new IllegalArgumentException("no mail for " + event.kind());
        }
    }

    /** Tells an officer a file was given to them at a step, in the language of the request that gave it. */
    void on(@Observes StepAssigned event) {
        accounts.find(event.officer()).ifPresent(account -> {
            String language = requestLanguage();
            String name = event.stepName() == null ? null : event.stepName().in(language);
            Map<String, String> payload = new LinkedHashMap<>();
            payload.put("number", event.fileNumber());
            payload.put("step", name == null || name.isBlank() ? event.step() : name);
            payload.put("link", mails.link("/work/files/" + event.fileId()));
            outbox.enqueue(account.username(), account.email(), language, "assigned", event.fileId(), payload);
        });
    }

    public void received(LifecycleEvent event) {
        queue(event, requestLanguage(), Map.of());
    }

    public void sentBack(LifecycleEvent event) {
        String language = investorLanguage(event);
        queue(event, language, decision(event, language));
    }

    public void rejected(LifecycleEvent event) {
        String language = investorLanguage(event);
        queue(event, language, decision(event, language));
    }

    public void approved(LifecycleEvent event) {
        queue(event, investorLanguage(event), Map.of());
    }

    /** The step as the investor reads it (its name in their language, else its id) and the officer's reason. */
    private static Map<String, String> decision(LifecycleEvent event, String language) {
        String name = event.stepName() == null ? null : event.stepName().in(language);
        StringBuilder reason = new StringBuilder(event.reason());
        event.corrections().forEach(item -> reason.append("\n- ")
                .append(item.name().in(language))
                .append(": ")
                .append(item.mark().reasonText(item.path().kind(), key -> Texts.get(language, key))));
        return Map.of("step", name == null || name.isBlank() ? event.step() : name, "reason", reason.toString());
    }

    private void queue(LifecycleEvent event, String language, Map<String, String> more) {
        accounts.find(event.owner()).ifPresent(account -> {
            Map<String, String> payload = new LinkedHashMap<>(more);
            payload.put("number", event.fileNumber());
            payload.put("link", mails.link("/files/" + event.fileId()));
            outbox.enqueue(account.username(), account.email(), language, event.kind(), event.fileId(), payload);
        });
    }

    private String investorLanguage(LifecycleEvent event) {
        return outbox.languageOf(event.fileId()).orElseGet(this::requestLanguage);
    }

    /** The language of the current request: {@code ?lang=}, the language cookie, else Accept-Language. */
    private String requestLanguage() {
        if (!Arc.container().requestContext().isActive() || request.getCurrent() == null) {
            return "en";
        }
        RoutingContext context = request.getCurrent();
        String chosen = context.request().getParam("lang");
        if (chosen != null && Language.SUPPORTED.contains(chosen)) {
            return chosen;
        }
        Cookie cookie = context.request().getCookie("lang");
        if (cookie != null && Language.SUPPORTED.contains(cookie.getValue())) {
            return cookie.getValue();
        }
        return Language.negotiate(context.request().getHeader("Accept-Language"))
                .code();
    }
}
