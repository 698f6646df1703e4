package org.eregistrations.web.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eregistrations.web.db.Sql;

/**
 * The figures as PostgreSQL counts them from the projection {@code file_statistic} (V21): each method one statement,
 * grouped as finely as its tables need, the rest summed up in Java.
 */
@ApplicationScoped
class StatisticsSql {
    private final Sql sql;

    StatisticsSql(Sql sql) {
        this.sql = sql;
    }

    /** The moments a query covers, and the zone its days are read in. */
    record Range(Instant from, Instant to, String zone) {}

    /** How many events of a kind a file-level figure counts, in a period and a service. */
    record FileCount(LocalDate period, String service, String kind, long count) {}

    /** How many decisions of a kind an officer took at a step. */
    record DecisionCount(String service, String step, String officer, String kind, long count) {}

    /** Processing times of a kind (step, officer, institution, bucket) under a key, in seconds. */
    record TimeRow(
            String kind,
            String key,
            long decided,
            Double median,
            Double p90,
            Double medianSentBack,
            Double medianPaused) {}

    /** How often something was counted under a key of two or three parts. */
    record Keyed(String first, String second, String third, long count) {}

    List<FileCount> files(Range range, StatisticsQuery query, Scope scope) {
        Where where = files(range, query, scope, "'sent', 'resent', 'fileApproved', 'fileRejected', 'fileSentBack'");
        List<Object> parameters = new ArrayList<>(List.of(query.grouping().id(), range.zone()));
        parameters.addAll(where.parameters);
        return sql.listPlannedForValues(
                "select date_trunc(?, s.at at time zone ?)::date, s.service_id, s.kind, count(*)" + where.text
                        + " group by 1, 2, 3",
                row -> new FileCount(
                        row.getObject(1, LocalDate.class), row.getString(2), row.getString(3), row.getLong(4)),
                parameters.toArray());
    }

    List<DecisionCount> decisions(Range range, StatisticsQuery query, Scope scope) {
        Where where = steps(range, query, scope, "'approve', 'sendBack', 'reject', 'pause'");
        return sql.listPlannedForValues(
                "select s.service_id, s.step, s.officer, s.kind, count(*)" + where.text + " group by 1, 2, 3, 4",
                row -> new DecisionCount(
                        row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getLong(5)),
                where.parameters.toArray());
    }

    /**
     * The processing times of the steps approved or rejected in the range, each span of a status counted on the
     * working clock of the step's institution ({@code clocks}: the clock of each step the query keeps, by
     * {@code service/step}): a step's spans pending, sent back and paused since its previous decision, summed per
     * decision (a decision with no status before it is not timed), then counted and their percentiles taken per step,
     * officer, institution and bucket of the distribution.
     */
    List<TimeRow> times(Range range, StatisticsQuery query, Scope scope, java.util.Map<String, String> clocks) {
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
            decided.append(CERTIFICATE);
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

    private static final String CERTIFICATE = " and exists (select 1 from file_statistic c where c.kind = 'certificate'"
            + " and c.file_id = s.file_id and c.item = ?)";

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

    /** Certificates issued: service, certificate. */
    List<Keyed> certificates(Range range, StatisticsQuery query, Scope scope) {
        Where where = files(range, query, scope, "'certificate'");
        if (!query.officer().isEmpty()) {
            where.and(" and s.officer = ?", query.officer());
        }
        return keyed("s.service_id, s.item, ''", where);
    }

    /** Rejections by reason: service, step, reason. */
    List<Keyed> rejections(Range range, StatisticsQuery query, Scope scope) {
        return keyed("s.service_id, s.step, coalesce(s.reason, '')", steps(range, query, scope, "'reject'"));
    }

    /** Documents and receipts marked invalid by reason: service, item, reason's type. */
    List<Keyed> invalid(Range range, StatisticsQuery query, Scope scope) {
        return keyed("s.service_id, s.item, s.reason", steps(range, query, scope, "'invalid'"));
    }

    /** Accounts created by period: investors ({@code investor}) and the others ({@code staff}). */
    List<Keyed> accounts(Range range, StatisticsQuery query) {
        return sql.list(
                "select date_trunc(?, created_at at time zone ?)::date::text,"
                        + " case when 'investor' = any(roles) then 'investor' else 'staff' end, '', count(*)"
                        + " from app_user where created_at >= ? and created_at < ? group by 1, 2",
                row -> new Keyed(row.getString(1), row.getString(2), row.getString(3), row.getLong(4)),
                query.grouping().id(),
                range.zone(),
                range.from(),
                range.to());
    }

    private List<Keyed> keyed(String key, Where where) {
        return sql.listPlannedForValues(
                "select " + key + ", count(*)" + where.text + " group by 1, 2, 3 order by 4 desc, 1, 2, 3 limit 200",
                row -> new Keyed(row.getString(1), row.getString(2), row.getString(3), row.getLong(4)),
                where.parameters.toArray());
    }

    /** Events of these kinds of the services the query keeps, in its range and of its certificate. */
    private static Where files(Range range, StatisticsQuery query, Scope scope, String kinds) {
        Where where = new Where(" from file_statistic s where s.kind in (" + kinds + ") and s.at >= ? and s.at < ?"
                + " and s.service_id = any(?)");
        where.parameters.addAll(List.of(range.from(), range.to(), scope.keptServices(query)));
        certificate(where, query);
        return where;
    }

    /** Events of these kinds at the steps the query keeps, in its range, of its officer and certificate. */
    private static Where steps(Range range, StatisticsQuery query, Scope scope, String kinds) {
        return steps(range, query, scope, kinds, "");
    }

    private static Where steps(Range range, StatisticsQuery query, Scope scope, String kinds, String join) {
        List<Scope.StepOf> kept = scope.kept(query);
        Where where = new Where(" from file_statistic s join unnest(?::text[], ?::text[]) v(service_id, step)"
                + " on v.service_id = s.service_id and v.step = s.step" + join
                + " where s.kind in (" + kinds + ") and s.at >= ? and s.at < ?");
        where.parameters.addAll(List.of(
                kept.stream().map(Scope.StepOf::service).toList(),
                kept.stream().map(Scope.StepOf::step).toList(),
                range.from(),
                range.to()));
        if (!query.officer().isEmpty()) {
            where.and(" and s.officer = ?", query.officer());
        }
        certificate(where, query);
        return where;
    }

    private static void certificate(Where where, StatisticsQuery query) {
        if (!query.certificate().isEmpty()) {
            where.and(
                    " and exists (select 1 from file_statistic c where c.kind = 'certificate'"
                            + " and c.file_id = s.file_id and c.item = ?)",
                    query.certificate());
        }
    }

    /** The from and where of a statement, with its parameters in order. */
    private static final class Where {
        private String text;
        private final List<Object> parameters = new ArrayList<>();

        Where(String text) {
            this.text = text;
        }

        void and(String condition, Object parameter) {
            text += condition;
            parameters.add(parameter);
        }
    }
}
