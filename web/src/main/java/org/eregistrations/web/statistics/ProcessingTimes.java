package org.eregistrations.web.statistics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eregistrations.web.statistics.StatisticsSql.StatusRow;
import org.eregistrations.web.supervise.WorkingCalendar;

/**
 * How long each step took to its approval or rejection, in working time of the step's institution: the time it was
 * pending (an officer's to work) apart from the time it waited for the investor (sent back) and the time it was
 * paused. A step decided again later (reviewed again after a resubmission) counts from the status after its previous
 * decision.
 */
final class ProcessingTimes {
    private ProcessingTimes() {}

    /** One decision's times. */
    record Timed(String service, String step, String officer, Duration pending, Duration sentBack, Duration paused) {}

    /** The times of each decision, from its statuses in order (grouped by decision, as the query returns them). */
    static List<Timed> of(List<StatusRow> rows, Function<StatusRow, WorkingCalendar> calendars) {
        List<Timed> timed = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || rows.get(i).decision() != rows.get(first).decision()) {
                timed.add(timed(rows.subList(first, i), calendars.apply(rows.get(first))));
                first = i;
            }
        }
        return timed;
    }

    private static Timed timed(List<StatusRow> statuses, WorkingCalendar calendar) {
        Duration[] spent = {Duration.ZERO, Duration.ZERO, Duration.ZERO};
        boolean decidedBefore = false;
        for (int i = 0; i < statuses.size(); i++) {
            StatusRow row = statuses.get(i);
            String status = row.status();
            boolean decided = status.equals("APPROVED") || status.equals("REJECTED");
            if (decidedBefore && !decided) {
                spent = new Duration[] {Duration.ZERO, Duration.ZERO, Duration.ZERO}; // a new round of the step
            }
            decidedBefore = decided;
            Instant until = i + 1 < statuses.size() ? statuses.get(i + 1).at() : row.decided();
            int kind =
                    switch (status) {
                        case "PENDING" -> 0;
                        case "SENT_BACK" -> 1;
                        case "PAUSED" -> 2;
                        default -> -1;
                    };
            if (kind >= 0) {
                spent[kind] = spent[kind].plus(calendar.between(row.at(), until));
            }
        }
        StatusRow any = statuses.get(0);
        return new Timed(any.service(), any.step(), any.officer(), spent[0], spent[1], spent[2]);
    }

    /**
     * The p-th percentile (0 < p ≤ 1) of some durations by the nearest rank: the smallest value at least p of them are
     * not longer than; null for none. The median is the 0.5th.
     */
    static Duration percentile(List<Duration> durations, double p) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
