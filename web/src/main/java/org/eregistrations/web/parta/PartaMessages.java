package org.eregistrations.web.parta;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the pages where the investor fills a file in (guide, data forms, documents, payments, send) and of
 * the tags they share, in {@code messages/parta_en.properties} and {@code parta_es.properties}; templates read them as
 * {@code {parta:key}}.
 */
@MessageBundle(value = "parta", locale = "en")
public interface PartaMessages {
    @Message
    String error_concurrent();

    @Message
    String error_changed_elsewhere();

    @Message
    String file_status();

    @Message
    String file_readonly();

    @Message
    String tabs_label();

    @Message
    String tab_guide();

    @Message
    String tab_data();

    @Message
    String tab_documents();

    @Message
    String tab_payments();

    @Message
    String tab_send();

    @Message
    String tab_done();

    @Message
    String tab_missing(int count);

    @Message
    String guide_questions();

    @Message
    String guide_registrations();

    @Message
    String guide_mandatory();

    @Message
    String guide_requirements();

    @Message
    String guide_requirements_none();

    @Message
    String guide_at_counter();

    @Message
    String guide_choose_document();

    @Message
    String guide_costs();

    @Message
    String guide_total();

    @Message
    String guide_update();

    @Message
    String action_continue();

    @Message
    String action_save();

    @Message
    String field_required();

    @Message
    String field_choose();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String form_invalid();

    @Message
    String list_add();

    @Message
    String list_remove();

    @Message
    String data_computed();

    @Message
    String documents_intro(String maxSize);

    @Message
    String payments_intro(String maxSize);

    @Message
    String uploads_none();

    @Message
    String uploads_current();

    @Message
    String uploads_choose();

    @Message
    String uploads_replace();

    @Message
    String uploads_submit();

    @Message
    String error_upload_none();

    @Message
    String error_upload_type();

    @Message
    String error_upload_empty();

    @Message
    String error_upload_not_asked();

    @Message
    String error_type_text();

    @Message
    String error_type_number();

    @Message
    String error_type_integer();

    @Message
    String error_type_money();

    @Message
    String error_type_date();

    @Message
    String error_type_yesNo();

    @Message
    String error_type_choice();

    @Message
    String error_type_email();

    @Message
    String error_min(String limit);

    @Message
    String error_max(String limit);

    @Message
    String error_decimals();

    @Message
    String error_min_length(String limit);

    @Message
    String error_max_length(String limit);

    @Message
    String error_max_entries(String limit);

    @Message
    String error_pattern();

    @Message
    String error_control_characters();

    @Message
    String error_number_digits(int digits, int decimals);

    @Message
    String send_affidavit();

    @Message
    String send_missing();

    @Message
    String send_send();

    @Message
    String send_resend();

    @Message
    String send_disabled();

    @Message
    String missing_registrations();

    @Message
    String missing_receipt(String cost);

    @Message
    String missing_entry_field(String list, int n, String field);

    @Message
    String correction_title();

    @Message
    String correction_intro();

    @Message
    String correction_kept();

    @Message
    String correction_answers_kept();

    @Message
    String correction_asked(String reason);

    @Message
    String correction_done();
}
