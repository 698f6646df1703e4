package org.eregistrations.web.partb;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the officers' pages (my work, a step's queue, reviewing and deciding a file), in
 * {@code messages/partb_en.properties} and {@code partb_es.properties}; templates read them as {@code {partb:key}}.
 */
@MessageBundle(value = "partb", locale = "en")
public interface PartbMessages {
    @Message
    String nav_work();

    @Message
    String work_title();

    @Message
    String work_none();

    @Message
    String work_service();

    @Message
    String work_step();

    @Message
    String work_pending();

    @Message
    String work_service_all();

    @Message
    String work_service_submit();

    @Message
    String queue_tabs();

    @Message
    String queue_tab_pending();

    @Message
    String queue_tab_all();

    @Message
    String queue_tab_sent_back();

    @Message
    String queue_tab_approved();

    @Message
    String queue_tab_rejected();

    @Message
    String queue_search();

    @Message
    String queue_sort();

    @Message
    String queue_sort_waiting();

    @Message
    String queue_sort_sent();

    @Message
    String queue_search_submit();

    @Message
    String queue_total(long total);

    @Message
    String queue_total_more(long total);

    @Message
    String queue_none();

    @Message
    String queue_title();

    @Message
    String queue_applicant();

    @Message
    String queue_sent();

    @Message
    String queue_waiting();

    @Message
    String queue_certificates();

    @Message
    String queue_pages();

    @Message
    String queue_previous();

    @Message
    String queue_next();

    @Message
    String queue_page(int current, int last);

    @Message
    String queue_page_open(int current);

    @Message
    String review_title();

    @Message
    String review_data();

    @Message
    String review_data_none();

    @Message
    String review_documents();

    @Message
    String review_documents_none();

    @Message
    String review_steps();

    @Message
    String review_step_status();

    @Message
    String review_decision();

    @Message
    String review_approve();

    @Message
    String review_send_back();

    @Message
    String review_reject();

    @Message
    String review_reason();

    @Message
    String review_confirm();

    @Message
    String review_submit();

    @Message
    String review_reason_required();

    @Message
    String review_confirm_required();

    @Message
    String review_yes();

    @Message
    String review_no();

    @Message
    String refused_back();

    @Message
    String refused_officer_title();

    @Message
    String refused_officer_text();

    @Message
    String refused_pending_title();

    @Message
    String refused_pending_text();

    @Message
    String refused_stale_title();

    @Message
    String refused_stale_text();

    @Message
    String queue_assignee();

    @Message
    String queue_assigned();

    @Message
    String queue_assigned_any();

    @Message
    String queue_assigned_me();

    @Message
    String queue_assigned_none();

    @Message
    String review_assignee(String user);

    @Message
    String review_take();

    @Message
    String refused_assigned_title();

    @Message
    String refused_assigned_text();

    @Message
    String refused_assigned_holder(String user);

    @Message
    String revision_title();

    @Message
    String revision_item();

    @Message
    String revision_mark();

    @Message
    String revision_reason();

    @Message
    String revision_reason_type();

    @Message
    String revision_valid();

    @Message
    String revision_confirmed();

    @Message
    String revision_invalid();

    @Message
    String revision_unreviewed();

    @Message
    String revision_reason_illegible();

    @Message
    String revision_reason_mismatch();

    @Message
    String revision_reason_other();

    @Message
    String revision_save();

    @Message
    String revision_first();

    @Message
    String revision_approve_refused();

    @Message
    String revision_send_back_refused();

    @Message
    String revision_reason_needed();

    @Message
    String review_pause();

    @Message
    String review_resume();

    @Message
    String notes_title();

    @Message
    String notes_internal();

    @Message
    String notes_none();

    @Message
    String notes_add();

    @Message
    String notes_submit();

    @Message
    String notes_invalid();

    @Message
    String stepform_title();

    @Message
    String stepform_refused();

    @Message
    String stepform_required();

    @Message
    String stepform_tick();

    @Message
    String stepform_invalid();

    @Message
    String stepform_original(String document);

    @Message
    String stepform_handed_over(String certificate);

    @Message
    String viewer_show();

    @Message
    String viewer_nav();

    @Message
    String viewer_previous();

    @Message
    String viewer_next();

    @Message
    String viewer_back();

    @Message
    String viewer_position(int position, int count);

    @Message
    String viewer_download(String name);

    String refused_certificate_title();

    @Message
    String refused_certificate_text();

    @Message
    String assign_to();

    @Message
    String assign_submit();

    @Message
    String review_computed();

    @Message
    String history_title();

    @Message
    String history_approve();

    @Message
    String history_sendBack();

    @Message
    String history_reject();

    @Message
    String history_pause();

    @Message
    String history_resume();

    @Message
    String history_assigned(String user);
}
