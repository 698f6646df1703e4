package org.eregistrations.web.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eregistrations.web.db.Sql;

/**
 * The processing times as PostgreSQL counts them: the working seconds of each step decided in the range, as the
 * projection {@code decision_time} (V24) keeps them, and their medians and 90th percentiles taken by
 * {@code percentile_disc} (the nearest rank), so that a page gets a few rows whatever the number of files.
 */
@ApplicationScoped
class ProcessingTimesSql {
    private final Sql sql;

    ProcessingTimesSql(Sql sql) {
        this.sql = sql;
    }

    /** Processing times of a kind (step, officer, institution, bucket) under a key, in seconds. */
    record TimeRow(
            String kind,
            String key,
            long decided,
            Double median,
            Double p90,
            Double medianSentBack,
            Double medianPaused) {}

    /**
     * The processing times of the steps approved or rejected in the range, as {@code decision_time} (V24) keeps them for
     * each decision (a step's working seconds pending, sent back and paused since its previous decision, read on the
     * clock of the step's institution; see {@link DecisionTimes}): counted and their percentiles taken per step,
     * officer, institution and bucket of the distribution.
     */
    @Transactional
    List<TimeRow> times(StatisticsSql.Range range, StatisticsQuery query, Scope scope) {
        // the sorts of a year's decisions (some 20 MB) done in memory, not in files
        sql.update("set local work_mem = '32MB'");
        List<Scope.StepOf> kept = scope.kept(query);
        List<Object> parameters = new ArrayList<>(List.of(
                kept.stream().map(Scope.StepOf::service).toList(),
                kept.stream().map(Scope.StepOf::step).toList(),
                kept.stream()
                        .map(s -> s.institution() == null ? "" : s.institution())
                        .toList(),
                range.from(),
                range.to()));
        StringBuilder decided = new StringBuilder(TIMES_DECIDED);
        if (!query.officer().isEmpty()) {
            decided.append(" and s.officer = ?");
            parameters.add(query.officer());
        }
        if (!query.certificate().isEmpty()) {
            decided.append(StatisticsSql.CERTIFICATE);
            parameters.add(query.certificate());
        }
        parameters.add(Arrays.stream(ProcessingTimes.BUCKET_HOURS)
                .mapToObj(hours -> String.valueOf(hours * 3600))
                .toList());
        return sql.listPlannedForValues(
                "with timed as materialized (" + decided + ")" + TIMES,
                row -> {
                    java.sql.Array percentiles = row.getArray(4);
                    Double[] pending = percentiles == null ? null : (Double[]) percentiles.getArray();
                    return new TimeRow(
                            row.getString(1),
                            row.getString(2),
                            row.getLong(3),
                            pending == null ? null : pending[0],
                            pending == null ? null : pending[1],
                            (Double) row.getObject(5),
                            (Double) row.getObject(6));
                },
                parameters.toArray());
    }

    /** The decisions kept, their keys compared byte by byte (grouping them needs no language's collation). */
    private static final String TIMES_DECIDED = "select s.service_id collate \"C\" as service_id,"
            + " s.step collate \"C\" as step, s.officer collate \"C\" as officer,"
            + " v.institution collate \"C\" as institution, s.pending, s.sent_back, s.paused from decision_time s"
            + " join unnest(?::text[], ?::text[], ?::text[]) v(service_id, step, institution)"
            + " on v.service_id = s.service_id and v.step = s.step"
            + " where s.at >= ? and s.at < ?";

    /** The figures of the decisions' times (see {@link #times}). */
    private static final String TIMES =
            """
            select 'step', service_id || '/' || step, count(*),
                   percentile_disc(array[0.5, 0.9]) within group (order by pending),
                   percentile_disc(0.5) within group (order by sent_back), percentile_disc(0.5) within group (order by paused)
            from timed group by service_id, step
            union all
            select 'officer', officer, count(*),
                   percentile_disc(array[0.5, 0.9]) within group (order by pending),
                   percentile_disc(0.5) within group (order by sent_back), percentile_disc(0.5) within group (order by paused)
            from timed group by officer
            union all
            select 'institution', institution, count(*),
                   percentile_disc(array[0.5, 0.9]) within group (order by pending),
                   percentile_disc(0.5) within group (order by sent_back), percentile_disc(0.5) within group (order by paused)
            from timed group by institution
            union all
            select 'bucket', width_bucket(pending, ?::float8[])::text, count(*), null, null, null
            from timed group by 2""";
}
