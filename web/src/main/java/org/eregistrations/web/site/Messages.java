package org.eregistrations.web.site;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every visible text of the pages, in English in {@code messages/msg_en.properties} and in Spanish in
 * {@code messages/msg_es.properties}; templates read them as {@code {msg:key}}, Java code for keys known only at run
 * time through {@link Texts}. {@code I18nBundlesTest} fails when a key is missing in a language.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {
    @Message
    String app_name();

    @Message
    String app_tagline();

    @Message
    String nav_skip();

    @Message
    String nav_language();

    @Message
    String nav_account();

    @Message
    String nav_files();

    @Message
    String nav_login();

    @Message
    String nav_logout();

    @Message
    String nav_register();

    @Message
    String start_title();

    @Message
    String start_intro();

    @Message
    String start_services();

    @Message
    String start_none();

    @Message
    String start_begin();

    @Message
    String start_api();

    @Message
    String footer_text();

    @Message
    String error_home();

    @Message
    String error_body_title();

    @Message
    String error_body_text();

    @Message
    String error_csrf_title();

    @Message
    String error_csrf_text();

    @Message
    String error_notfound_title();

    @Message
    String error_notfound_text();

    @Message
    String error_conflict_title();

    @Message
    String error_conflict_text();

    @Message
    String error_concurrent();

    @Message
    String error_changed_elsewhere();

    @Message
    String account_email();

    @Message
    String account_password();

    @Message
    String account_repeat();

    @Message
    String register_title();

    @Message
    String register_intro();

    @Message
    String register_name();

    @Message
    String register_password_hint();

    @Message
    String register_submit();

    @Message
    String register_have_account();

    @Message
    String registered_title();

    @Message
    String registered_text(String email);

    @Message
    String confirm_title();

    @Message
    String confirm_ok();

    @Message
    String confirm_bad();

    @Message
    String login_title();

    @Message
    String session_ended_notice();

    @Message
    String session_ended_files();

    @Message
    String resume_title();

    @Message
    String resume_text();

    @Message
    String resume_submit();

    @Message
    String resume_open();

    @Message
    String login_name();

    @Message
    String login_submit();

    @Message
    String login_forgot();

    @Message
    String forgot_title();

    @Message
    String forgot_intro();

    @Message
    String forgot_submit();

    @Message
    String forgot_sent();

    @Message
    String reset_title();

    @Message
    String reset_password();

    @Message
    String reset_submit();

    @Message
    String reset_bad();

    @Message
    String reset_done();

    @Message
    String error_email();

    @Message
    String error_email_taken();

    @Message
    String error_name();

    @Message
    String error_password_short();

    @Message
    String error_password_long();

    @Message
    String error_password_repeat();

    @Message
    String error_login_wrong();

    @Message
    String error_login_unconfirmed();

    @Message
    String error_login_throttled(String seconds);

    @Message
    String mail_confirm_subject();

    @Message
    String mail_confirm_body(String name, String link);

    @Message
    String mail_reset_subject();

    @Message
    String mail_reset_body(String name, String link);

    @Message
    String devmail_title();

    @Message
    String devmail_intro();

    @Message
    String devmail_none();

    @Message
    String files_title();

    @Message
    String files_none();

    @Message
    String files_service();

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
    String file_status();

    @Message
    String file_readonly();

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
    String error_upload_size(String max);

    @Message
    String error_upload_empty();

    @Message
    String error_too_large_title();

    @Message
    String error_too_large_back();

    @Message
    String error_malformed_title();

    @Message
    String error_malformed_text();

    @Message
    String error_upload_not_asked();

    @Message
    String error_type_text();

    @Message
    String error_type_number();

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
    String certificate_title();

    @Message
    String certificate_holder();

    @Message
    String certificate_file();

    @Message
    String certificate_date();

    @Message
    String certificate_institution();
}
