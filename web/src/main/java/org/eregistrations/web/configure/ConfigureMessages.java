package org.eregistrations.web.configure;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the configuration pages, in {@code messages/configure_en.properties} and {@code configure_es.properties};
 * templates read them as {@code {configure:key}}.
 */
@MessageBundle(value = "configure", locale = "en")
public interface ConfigureMessages {
    @Message
    String cfg_nav_configure();

    @Message
    String cfg_nav_label();

    @Message
    String cfg_services_title();

    @Message
    String cfg_services_none();

    @Message
    String cfg_col_service();

    @Message
    String cfg_col_version();

    @Message
    String cfg_col_activated();

    @Message
    String cfg_col_files();

    @Message
    String cfg_col_actions();

    @Message
    String cfg_retired();

    @Message
    String cfg_files_none();

    @Message
    String cfg_versions_link();

    @Message
    String cfg_migration_link();

    @Message
    String cfg_upload_link();

    @Message
    String cfg_retire();

    @Message
    String cfg_retire_title(String name);

    @Message
    String cfg_retire_explain();

    @Message
    String cfg_retire_confirm(String id);

    @Message
    String cfg_confirm_needed();

    @Message
    String cfg_cancel();

    @Message
    String cfg_done_retired();

    @Message
    String cfg_status_DRAFT();

    @Message
    String cfg_status_SUBMITTED();

    @Message
    String cfg_status_SENT_BACK();

    @Message
    String cfg_status_APPROVED();

    @Message
    String cfg_status_REJECTED();

    @Message
    String cfg_status_WITHDRAWN();

    @Message
    String cfg_status_DISCARDED();

    @Message
    String cfg_action_publish();

    @Message
    String cfg_action_upload();

    @Message
    String cfg_action_folder();

    @Message
    String cfg_action_rollback();

    @Message
    String cfg_action_activate();

    @Message
    String cfg_action_retire();

    @Message
    String cfg_versions_title();

    @Message
    String cfg_active_version();

    @Message
    String cfg_col_stored();

    @Message
    String cfg_diff_from();

    @Message
    String cfg_diff_to();

    @Message
    String cfg_serving();

    @Message
    String cfg_never_active();

    @Message
    String cfg_try();

    @Message
    String cfg_roll_back();

    @Message
    String cfg_activate();

    @Message
    String cfg_diff_submit();

    @Message
    String cfg_history_title();

    @Message
    String cfg_col_when();

    @Message
    String cfg_col_who();

    @Message
    String cfg_col_how();

    @Message
    String cfg_attempts_title();

    @Message
    String cfg_attempts_none();

    @Message
    String cfg_attempts_latest();

    @Message
    String cfg_attempt_pending();

    @Message
    String cfg_attempt_activated();

    @Message
    String cfg_attempt_refused();

    @Message
    String cfg_attempt_passed();

    @Message
    String cfg_attempt_explain_pending();

    @Message
    String cfg_attempt_explain_activated();

    @Message
    String cfg_attempt_explain_refused();

    @Message
    String cfg_attempt_explain_passed();

    @Message
    String cfg_activate_title(String version);

    @Message
    String cfg_activate_explain();

    @Message
    String cfg_activate_see_diff();

    @Message
    String cfg_activate_confirm(String version, String service);

    @Message
    String cfg_diff_title();

    @Message
    String cfg_diff_none();

    @Message
    String cfg_diff_catalogue();

    @Message
    String cfg_diff_catalogue_none();

    @Message
    String cfg_col_section();

    @Message
    String cfg_col_entry();

    @Message
    String cfg_col_change();

    @Message
    String cfg_kind_added();

    @Message
    String cfg_kind_removed();

    @Message
    String cfg_kind_changed();

    @Message
    String cfg_diff_rules();

    @Message
    String cfg_diff_rules_none();

    @Message
    String cfg_diff_files();

    @Message
    String cfg_diff_binary();

    @Message
    String cfg_upload_title();

    @Message
    String cfg_upload_explain();

    @Message
    String cfg_upload_file();

    @Message
    String cfg_upload_mode();

    @Message
    String cfg_upload_check();

    @Message
    String cfg_upload_activate();

    @Message
    String cfg_upload_submit();

    @Message
    String cfg_upload_none();

    @Message
    String cfg_upload_too_large();

    @Message
    String cfg_upload_not_bundle();

    @Message
    String cfg_messages_count(int count);

    @Message
    String cfg_attempt_title();

    @Message
    String cfg_messages_title();

    @Message
    String cfg_scenarios_title();

    @Message
    String cfg_scenario_passed();

    @Message
    String cfg_scenario_failed();

    @Message
    String cfg_col_at();

    @Message
    String cfg_col_checks();

    @Message
    String cfg_col_expected();

    @Message
    String cfg_col_derived();

    @Message
    String cfg_timings_title();

    @Message
    String cfg_col_stage();

    @Message
    String cfg_col_millis();

    @Message
    String cfg_col_outcome();

    @Message
    String cfg_try_title(String version);

    @Message
    String cfg_try_active();

    @Message
    String cfg_try_not_active();

    @Message
    String cfg_try_guide();

    @Message
    String cfg_try_guide_hint();

    @Message
    String cfg_yes();

    @Message
    String cfg_no();

    @Message
    String cfg_try_registrations();

    @Message
    String cfg_try_derive();

    @Message
    String cfg_try_costs();

    @Message
    String cfg_try_no_costs();

    @Message
    String cfg_try_total();

    @Message
    String cfg_try_forms();

    @Message
    String cfg_try_no_forms();

    @Message
    String cfg_try_sets();

    @Message
    String cfg_try_missing();

    @Message
    String cfg_try_nothing_missing();

    @Message
    String cfg_migration_title();

    @Message
    String cfg_migration_explain();

    @Message
    String cfg_migration_none();

    @Message
    String cfg_migration_by_version();

    @Message
    String cfg_migrate_version(long files);

    @Message
    String cfg_migration_previews();

    @Message
    String cfg_col_choose();

    @Message
    String cfg_col_file();

    @Message
    String cfg_choose_file(String number);

    @Message
    String cfg_preview_nothing();

    @Message
    String cfg_migrate_selected();

    @Message
    String cfg_migrate_bad_version();

    @Message
    String cfg_migrate_bad_file();

    @Message
    String cfg_migrate_none_chosen();

    @Message
    String cfg_migrate_too_many();

    @Message
    String cfg_migrate_not_movable();

    @Message
    String cfg_run_title();

    @Message
    String cfg_run_progress(int done, int failed, int total);

    @Message
    String cfg_run_running();

    @Message
    String cfg_run_finished();

    @Message
    String cfg_run_problems();

    @Message
    String cfg_files_title();

    @Message
    String cfg_files_explain();

    @Message
    String cfg_files_number();

    @Message
    String cfg_files_open();

    @Message
    String cfg_files_not_found();

    @Message
    String cfg_history_file_title();

    @Message
    String cfg_file_version(long version);

    @Message
    String cfg_done_restored();

    @Message
    String cfg_bad_moment();

    @Message
    String cfg_at_moment();

    @Message
    String cfg_at_moment_hint();

    @Message
    String cfg_at_show();

    @Message
    String cfg_history_path();

    @Message
    String cfg_history_filter();

    @Message
    String cfg_history_more();

    @Message
    String cfg_history_none();

    @Message
    String cfg_col_path();

    @Message
    String cfg_col_before();

    @Message
    String cfg_col_after();

    @Message
    String cfg_col_session();

    @Message
    String cfg_col_cause();

    @Message
    String cfg_at_after_change();

    @Message
    String cfg_removed();

    @Message
    String cfg_at_title(String number, String moment);

    @Message
    String cfg_at_rules();

    @Message
    String cfg_restore_link();

    @Message
    String cfg_at_guide();

    @Message
    String cfg_at_documents();

    @Message
    String cfg_at_other();

    @Message
    String cfg_at_no_values();

    @Message
    String cfg_restore_title(String number, String moment);

    @Message
    String cfg_restore_explain();

    @Message
    String cfg_restore_nothing();

    @Message
    String cfg_col_now();

    @Message
    String cfg_col_then();

    @Message
    String cfg_restore_confirm(int count);

    @Message
    String cfg_restore_submit();

    @Message
    String cfg_restore_changed();
}
