package org.eregistrations.web.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every visible text of the pages, in English here and in Spanish in {@code messages/msg_es.properties}; templates
 * read them as {@code {msg:key}}. {@code I18nBundlesTest} fails when a key is missing in a language.
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
    String start_title();

    @Message
    String start_intro();

    @Message
    String start_services();

    @Message
    String start_none();

    @Message
    String start_api();

    @Message
    String footer_text();
}
