package org.eregistrations.web.supervise;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the supervisors' pages, in {@code messages/supervise_en.properties} and {@code supervise_es.properties};
 * templates read them as {@code {supervise:key}}.
 */
@MessageBundle(value = "supervise", locale = "en")
public interface SuperviseMessages {
    @Message
    String nav_supervise();

    @Message
    String waiting_title();

    @Message
    String waiting_intro();

    @Message
    String filter_service();

    @Message
    String filter_step();

    @Message
    String filter_institution();

    @Message
    String filter_state();

    @Message
    String filter_holder();

    @Message
    String filter_waited();

    @Message
    String filter_search();

    @Message
    String filter_submit();

    @Message
    String every();

    @Message
    String state_any();

    @Message
    String state_pending();

    @Message
    String state_sent_back();

    @Message
    String state_paused();

    @Message
    String waited_any();

    @Message
    String waited_half_hour();

    @Message
    String waited_hour();

    @Message
    String waited_four_hours();

    @Message
    String waited_day();

    @Message
    String waited_three_days();

    @Message
    String waited_week();

    @Message
    String waited_month();

    @Message
    String col_number();

    @Message
    String col_title();

    @Message
    String col_applicant();

    @Message
    String col_service();

    @Message
    String col_step();

    @Message
    String col_state();

    @Message
    String col_since();

    @Message
    String col_holder();

    @Message
    String none();

    @Message
    String previous();

    @Message
    String next();

    @Message
    String pages();

    @Message
    String total(long total);

    @Message
    String total_more(long total);

    @Message
    String nav_working_time();

    @Message
    String wt_title();

    @Message
    String wt_intro();

    @Message
    String wt_every_institution();

    @Message
    String wt_keeps_every();

    @Message
    String wt_day();

    @Message
    String wt_starts();

    @Message
    String wt_ends();

    @Message
    String wt_save();

    @Message
    String wt_forget();

    @Message
    String wt_holidays();

    @Message
    String wt_no_holidays();

    @Message
    String wt_remove();

    @Message
    String wt_holiday_day();

    @Message
    String wt_holiday_name();

    @Message
    String wt_add_holiday();

    @Message
    String wt_saved();

    @Message
    String wt_problem_hours();

    @Message
    String wt_problem_day();

    @Message
    String wt_day_1();

    @Message
    String wt_day_2();

    @Message
    String wt_day_3();

    @Message
    String wt_day_4();

    @Message
    String wt_day_5();

    @Message
    String wt_day_6();

    @Message
    String wt_day_7();
}
