package org.eregistrations.web.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eregistrations.web.db.Sql;

/**
 * The processing times as PostgreSQL counts them: the statuses of each step decided in the range from the projection
 * {@code file_statistic} (V21), each span read on the working clock of the step's institution ({@code working_clock},
 * V23), summed per decision, and their medians and 90th percentiles taken by {@code percentile_disc} (the nearest
 * rank), so that a page gets a few rows whatever the number of files.
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
     * The processing times of the steps approved or rejected in the range, each span of a status counted on the
     * working clock of the step's institution ({@code clocks}: the clock of each step the query keeps, by
     * {@code service/step}): a step's spans pending, sent back and paused since its previous decision, summed per
     * decision (a decision with no status before it is not timed), then counted and their percentiles taken per step,
     * officer, institution and bucket of the distribution.
     */
    List<TimeRow> times(StatisticsSql.Range range, StatisticsQuery query, Scope scope, Map<String, String> clocks) {
        List<Scope.StepOf> kept = scope.kept(query);
        List<Object> parameters = new ArrayList<>(List.of(
                kept.stream().map(Scope.StepOf::service).toList(),
                kept.stream().map(Scope.StepOf::step).toList(),
                kept.stream()
                        .map(s -> s.institution() == null ? "" : s.institution())
                        .toList(),
                kept.stream().map(s -> clocks.get(s.key())).toList(),
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
        parameters.addAll(List.of(range.zone(), range.zone()));
        parameters.add(java.util.Arrays.stream(ProcessingTimes.BUCKET_HOURS)
                .mapToObj(hours -> String.valueOf(hours * 3600))
                .toList());
        return sql.listPlannedForValues(
                "with decided as materialized (" + decided + ")" + TIMES,
                row -> new TimeRow(
                        row.getString(1),
                        row.getString(2),
                        row.getLong(3),
                        (Double) row.getObject(4),
                        (Double) row.getObject(5),
                        (Double) row.getObject(6),
                        (Double) row.getObject(7)),
                parameters.toArray());
    }

    private static final String TIMES_DECIDED = "select s.event_id, s.file_id, s.service_id, s.step, s.officer, s.at,"
            + " v.institution, v.clock from file_statistic s"
            + " join unnest(?::text[], ?::text[], ?::text[], ?::text[]) v(service_id, step, institution, clock)"
            + " on v.service_id = s.service_id and v.step = s.step"
            + " where s.kind in ('approve', 'reject') and s.at >= ? and s.at < ?";

    /** The spans of each decided step's statuses, worked seconds by the clocks, and their figures (see {@link #times}). */
    private static final String TIMES =
            """
            , statuses as (
                select d.event_id as decision, d.service_id, d.step, d.officer, d.institution, d.clock, t.event_id,
                       t.item, t.at, lead(t.item) over w as next_item, coalesce(lead(t.at) over w, d.at) as until
                from decided d
                join file_statistic t on t.kind = 'status' and t.file_id = d.file_id and t.step = d.step
                    and t.event_id < d.event_id
                window w as (partition by d.event_id order by t.event_id)
            ), rounds as (
                select st.*, max(case when st.item in ('APPROVED', 'REJECTED')
                                      and st.next_item not in ('APPROVED', 'REJECTED') then st.event_id end)
                             over (partition by st.decision) as round_after
                from statuses st
            ), timed as materialized (
                select r.service_id, r.step, r.officer, r.institution,
                       coalesce(sum(w.seconds) filter (where r.item = 'PENDING'), 0)::float8 as pending,
                       coalesce(sum(w.seconds) filter (where r.item = 'SENT_BACK'), 0)::float8 as sent_back,
                       coalesce(sum(w.seconds) filter (where r.item = 'PAUSED'), 0)::float8 as paused
                from rounds r
                left join lateral (
                    select (b.worked_before + extract(epoch from least(greatest(r.until, b.opens), b.closes) - b.opens))
                           - (a.worked_before + extract(epoch from least(greatest(r.at, a.opens), a.closes) - a.opens))
                               as seconds
                    from working_clock a, working_clock b
                    where r.event_id > coalesce(r.round_after, 0) and r.item in ('PENDING', 'SENT_BACK', 'PAUSED')
                        and a.clock = r.clock and a.day = (r.at at time zone ?)::date
                        and b.clock = r.clock and b.day = (r.until at time zone ?)::date) w on true
                group by r.decision, r.service_id, r.step, r.officer, r.institution
            )
            select 'step', service_id || '/' || step, count(*),
                   percentile_disc(0.5) within group (order by pending), percentile_disc(0.9) within group (order by pending),
                   percentile_disc(0.5) within group (order by sent_back), percentile_disc(0.5) within group (order by paused)
            from timed group by service_id, step
            union all
            select 'officer', officer, count(*),
                   percentile_disc(0.5) within group (order by pending), percentile_disc(0.9) within group (order by pending),
                   percentile_disc(0.5) within group (order by sent_back), percentile_disc(0.5) within group (order by paused)
            from timed group by officer
            union all
            select 'institution', institution, count(*),
                   percentile_disc(0.5) within group (order by pending), percentile_disc(0.9) within group (order by pending),
                   percentile_disc(0.5) within group (order by sent_back), percentile_disc(0.5) within group (order by paused)
            from timed group by institution
            union all
            select 'bucket', bucket::text, count(*), null, null, null, null
            from (select (select count(*) from unnest(?::float8[]) b(bound) where t.pending >= b.bound) as bucket
                  from timed t) x
            group by bucket""";
}
