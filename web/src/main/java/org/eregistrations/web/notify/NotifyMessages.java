package org.eregistrations.web.notify;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the investor's mails about a file, in {@code messages/notify_<language>.properties}; the sender reads
 * them through {@code Texts} in the recipient's language: {@code notify_<kind>_subject} and {@code _body}.
 */
@MessageBundle(value = "notify", locale = "en")
public interface NotifyMessages {
    @Message
    String notify_received_subject(String number);

    @Message
    String notify_received_body(String number, String link);

    @Message
    String notify_resent_subject(String number);

    @Message
    String notify_resent_body(String number, String link);

    @Message
    String notify_sentBack_subject(String number);

    @Message
    String notify_sentBack_body(String number, String step, String reason, String link);

    @Message
    String notify_rejected_subject(String number);

    @Message
    String notify_rejected_body(String number, String step, String reason, String link);

    @Message
    String notify_assigned_subject(String number);

    @Message
    String notify_assigned_body(String number, String step, String link);

    @Message
    String notify_approved_subject(String number);

    @Message
    String notify_approved_body(String number, String link);
}
