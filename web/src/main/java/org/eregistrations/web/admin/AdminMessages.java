package org.eregistrations.web.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the user administration pages, in {@code messages/admin_en.properties} and {@code admin_es.properties};
 * templates read them as {@code {admin:key}}.
 */
@MessageBundle(value = "admin", locale = "en")
public interface AdminMessages {
    @Message
    String admin_nav_users();

    @Message
    String admin_users_title();

    @Message
    String admin_users_search();

    @Message
    String admin_users_role();

    @Message
    String admin_users_role_all();

    @Message
    String admin_users_status();

    @Message
    String admin_users_status_all();

    @Message
    String admin_users_filter();

    @Message
    String admin_users_none();

    @Message
    String admin_users_more();

    @Message
    String admin_active();

    @Message
    String admin_deactivated();

    @Message
    String admin_unconfirmed();

    @Message
    String admin_name();

    @Message
    String admin_email();

    @Message
    String admin_roles();

    @Message
    String admin_institution();

    @Message
    String admin_institution_none();

    @Message
    String admin_any_institution();

    @Message
    String admin_platform_roles();

    @Message
    String admin_role_supervisor();

    @Message
    String admin_role_statistics();

    @Message
    String admin_role_configurator();

    @Message
    String admin_role_userAdmin();

    @Message
    String admin_role_dispatcher();

    @Message
    String admin_invite_title();

    @Message
    String admin_invite_intro();

    @Message
    String admin_invite_submit();

    @Message
    String admin_save();

    @Message
    String admin_self_hint();

    @Message
    String admin_access();

    @Message
    String admin_deactivate_hint();

    @Message
    String admin_deactivate();

    @Message
    String admin_reactivate();

    @Message
    String admin_changes();

    @Message
    String admin_changes_none();

    @Message
    String admin_change_at();

    @Message
    String admin_change_by();

    @Message
    String admin_change_what();

    @Message
    String admin_added();

    @Message
    String admin_removed();

    @Message
    String admin_change_invited();

    @Message
    String admin_change_roles_changed();

    @Message
    String admin_change_deactivated();

    @Message
    String admin_change_reactivated();

    @Message
    String admin_done_invited();

    @Message
    String admin_done_saved();

    @Message
    String admin_done_deactivated();

    @Message
    String admin_done_reactivated();

    @Message
    String admin_refused_title();

    @Message
    String admin_refused_back();

    @Message
    String admin_refused_not_admin();

    @Message
    String admin_refused_no_account();

    @Message
    String admin_refused_unknown_choice();

    @Message
    String admin_refused_own_roles();

    @Message
    String admin_refused_last_admin();
}
