package org.eregistrations.web.site;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts every page shares — the layout, the start page, the error pages — in English in
 * {@code messages/msg_en.properties} and in Spanish in {@code messages/msg_es.properties}; templates read them as
 * {@code {msg:key}}. The texts of a feature's pages are that feature's bundle ({@code account}, {@code parta}); Java
 * code reads a key known only at run time from any bundle through {@link Texts}. {@code I18nBundlesTest} fails when a
 * key is missing in a language or sits in two bundles.
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
    String error_unavailable_title();

    @Message
    String error_unavailable_text();

    @Message
    String error_conflict_title();

    @Message
    String error_conflict_text();

    @Message
    String error_upload_size(String max);

    @Message
    String error_too_large_title();

    @Message
    String error_too_large_back();

    @Message
    String error_malformed_title();

    @Message
    String error_malformed_text();
}
