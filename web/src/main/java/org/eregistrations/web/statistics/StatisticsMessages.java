package org.eregistrations.web.statistics;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the statistics pages, in {@code messages/statistics_en.properties} and {@code statistics_es.properties};
 * templates read them as {@code {statistics:key}}, Java code through {@code Texts}.
 */
@MessageBundle(value = "statistics", locale = "en")
public interface StatisticsMessages {
    @Message
    String stat_nav();

    @Message
    String stat_title();

    @Message
    String stat_intro();

    @Message
    String stat_scope(String institution);

    @Message
    String stat_filters_legend();

    @Message
    String stat_filter_from();

    @Message
    String stat_filter_to();

    @Message
    String stat_filter_group();

    @Message
    String stat_group_day();

    @Message
    String stat_group_week();

    @Message
    String stat_group_month();

    @Message
    String stat_group_year();

    @Message
    String stat_filter_service();

    @Message
    String stat_filter_step();

    @Message
    String stat_filter_certificate();

    @Message
    String stat_filter_officer();

    @Message
    String stat_every();

    @Message
    String stat_filter_submit();

    @Message
    String stat_csv();

    @Message
    String stat_csv_of(String title);

    @Message
    String stat_pdf();

    @Message
    String stat_range(String from, String to);

    @Message
    String stat_filters(String filters);

    @Message
    String stat_none();

    @Message
    String stat_working_time();

    @Message
    String stat_t_overTime();

    @Message
    String stat_t_services();

    @Message
    String stat_t_wholeFiles();

    @Message
    String stat_t_steps();

    @Message
    String stat_t_institutions();

    @Message
    String stat_t_officers();

    @Message
    String stat_t_distribution();

    @Message
    String stat_t_certificates();

    @Message
    String stat_t_rejections();

    @Message
    String stat_t_invalid();

    @Message
    String stat_t_accounts();

    @Message
    String stat_chart_overTime();

    @Message
    String stat_chart_steps();

    @Message
    String stat_chart_officers();

    @Message
    String stat_chart_distribution();

    @Message
    String stat_c_period();

    @Message
    String stat_c_service();

    @Message
    String stat_c_step();

    @Message
    String stat_c_institution();

    @Message
    String stat_c_officer();

    @Message
    String stat_c_sent();

    @Message
    String stat_c_resent();

    @Message
    String stat_c_fileApproved();

    @Message
    String stat_c_fileRejected();

    @Message
    String stat_c_fileSentBack();

    @Message
    String stat_c_approve();

    @Message
    String stat_c_sendBack();

    @Message
    String stat_c_reject();

    @Message
    String stat_c_pause();

    @Message
    String stat_c_timed();

    @Message
    String stat_c_median();

    @Message
    String stat_c_p90();

    @Message
    String stat_c_median_sent_back();

    @Message
    String stat_c_median_paused();

    @Message
    String stat_c_hours();

    @Message
    String stat_c_decisions();

    @Message
    String stat_c_certificate();

    @Message
    String stat_c_issued();

    @Message
    String stat_c_reason();

    @Message
    String stat_c_document();

    @Message
    String stat_c_count();

    @Message
    String stat_c_investors();

    @Message
    String stat_c_staff();

    @Message
    String stat_no_institution();

    @Message
    String stat_b_0();

    @Message
    String stat_b_1();

    @Message
    String stat_b_2();

    @Message
    String stat_b_3();

    @Message
    String stat_b_4();

    @Message
    String stat_b_5();
}
