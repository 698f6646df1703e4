package org.eregistrations.web.parta;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the investor's files as wholes — My files, a file's status and steps, its certificates, discarding and
 * withdrawing it — in {@code messages/files_en.properties} and {@code files_es.properties}; templates read them as
 * {@code {files:key}}.
 */
@MessageBundle(value = "files", locale = "en")
public interface FilesMessages {
    @Message
    String files_title();

    @Message
    String files_none();

    @Message
    String files_started();

    @Message
    String files_next();

    @Message
    String files_start();

    @Message
    String files_start_button();

    @Message
    String files_number();

    @Message
    String files_file();

    @Message
    String files_actions();

    @Message
    String files_discard();

    @Message
    String discard_title(String number);

    @Message
    String discard_intro(String service, String started);

    @Message
    String discard_confirm();

    @Message
    String discard_refused();

    @Message
    String withdraw_title(String number);

    @Message
    String withdraw_intro(String number, String service);

    @Message
    String withdraw_confirm();

    @Message
    String withdraw_refused();

    @Message
    String overview_withdraw();

    @Message
    String end_keep();

    @Message
    String status_DRAFT();

    @Message
    String status_SUBMITTED();

    @Message
    String status_SENT_BACK();

    @Message
    String status_APPROVED();

    @Message
    String status_REJECTED();

    @Message
    String status_WITHDRAWN();

    @Message
    String next_DRAFT();

    @Message
    String next_SUBMITTED();

    @Message
    String next_SENT_BACK();

    @Message
    String next_APPROVED();

    @Message
    String next_REJECTED();

    @Message
    String next_WITHDRAWN();

    @Message
    String overview_draft();

    @Message
    String overview_ready();

    @Message
    String overview_SUBMITTED();

    @Message
    String overview_SENT_BACK();

    @Message
    String overview_APPROVED();

    @Message
    String overview_REJECTED();

    @Message
    String overview_WITHDRAWN();

    @Message
    String overview_DRAFT();

    @Message
    String overview_steps();

    @Message
    String overview_step();

    @Message
    String overview_reason();

    @Message
    String overview_correct();

    @Message
    String overview_certificates();

    @Message
    String step_PENDING();

    @Message
    String step_WAITING();

    @Message
    String step_APPROVED();

    @Message
    String step_SENT_BACK();

    @Message
    String step_REJECTED();

    @Message
    String step_PAUSED();

    @Message
    String decision_approve();

    @Message
    String decision_sendBack();

    @Message
    String decision_reject();

    @Message
    String decision_pause();

    @Message
    String decision_resume();

    @Message
    String certificate_title();

    @Message
    String certificate_holder();

    @Message
    String certificate_file();

    @Message
    String certificate_date();

    @Message
    String certificate_institution();

    @Message
    String log_title();

    @Message
    String log_received();

    @Message
    String log_resent();

    @Message
    String log_SENT_BACK();

    @Message
    String log_APPROVED();

    @Message
    String log_REJECTED();

    @Message
    String log_WITHDRAWN();

    @Message
    String log_step_approved(String step);

    @Message
    String receipt_title();

    @Message
    String receipt_service();

    @Message
    String receipt_received();

    @Message
    String receipt_applicant();

    @Message
    String receipt_registrations();

    @Message
    String receipt_documents();

    @Message
    String receipt_total();

    @Message
    String receipt_pdf();

    @Message
    String receipt_link();
}
