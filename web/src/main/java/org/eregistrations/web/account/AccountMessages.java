package org.eregistrations.web.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the account pages and mails (register, confirm, log in, reset, the session that ended), in
 * {@code messages/account_en.properties} and {@code account_es.properties}; templates read them as
 * {@code {account:key}}.
 */
@MessageBundle(value = "account", locale = "en")
public interface AccountMessages {
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
    String error_login_deactivated();

    @Message
    String mail_confirm_subject();

    @Message
    String mail_confirm_body(String name, String link);

    @Message
    String mail_reset_subject();

    @Message
    String mail_reset_body(String name, String link);

    @Message
    String mail_invite_subject();

    @Message
    String mail_invite_body(String name, String link);

    @Message
    String devmail_title();

    @Message
    String devmail_intro();

    @Message
    String devmail_none();
}
