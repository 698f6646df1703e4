package org.eregistrations.web.partb;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.engine.lifecycle.StepStatus;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.store.FileRecord;

/**
 * The files at a processing step, read from {@code step_queue} (V14: one row per file and step, kept by triggers with
 * the step states, the file's status and its snapshot): one page of a queue at a time, never every file. A tab's page
 * is a walk of one index in waiting order; a search first finds the applicants and the titles that match (trigram
 * indexes of V9) and the file its number names, then keeps the step's rows of those.
 */
@ApplicationScoped
class WorkQueues {
    static final int PAGE_SIZE = 50;

    /** Files a queue counts at most (beyond, it says "more than"): a count costs what it reads. */
    static final int MOST_COUNTED = 10_000;

    /** Files a search counts at most: a search wider than that is for narrowing, not for counting. */
    static final int MOST_COUNTED_FOUND = 1_000;

    /** The bound of a queue's count: a search counts fewer. */
    static int mostCounted(QueueQuery query) {
        return query.search().isEmpty() ? MOST_COUNTED : MOST_COUNTED_FOUND;
    }

    private static final String PENDING = " and q.status = '" + StepStatus.PENDING.name() + "' and q.file_status = '"
            + FileStatus.SUBMITTED.name() + "'";

    private final Sql sql;

    WorkQueues(Sql sql) {
        this.sql = sql;
    }

    /**
     * A file in a step's queue: the file's row, its applicant's name, when it was sent and waits since, who holds it,
     * and the ids of its applicable certificates as the snapshot taken at sending has them.
     */
    record Queued(
            FileRecord file,
            String applicant,
            OffsetDateTime sent,
            OffsetDateTime waitingSince,
            String assignee,
            List<String> certificates) {}

    /** How many files a queue holds, up to a bound: {@code more} when there are more than {@code files}. */
    record Count(long files, boolean more) {}

    /**
     * What a search names, looked up once per page: the applicants whose name has the text and the files whose title
     * values have it, or the file a number names.
     */
    record Found(List<String> applicants, List<String> files) {}

    /** The shortest text searched in title values: shorter ones have no trigram, and would read every value. */
    static final int SHORTEST_TITLE_SEARCH = 3;

    /**
     * What a queue's search names: a file number ({@code 2026-000042} or {@code 42}) names that file only; other text
     * names the applicants whose name has it and, from three characters, the files of the service whose title values
     * have it. Null when the query searches nothing.
     */
    Found find(String serviceId, QueueQuery query, List<String> titlePaths) {
        if (query.search().isEmpty()) {
            return null;
        }
        if (query.number().isPresent()) {
            return new Found(
                    List.of(),
                    sql.list(
                            "select id from file where number = ? and service_id = ?",
                            row -> row.getString(1),
                            query.number().get(),
                            serviceId));
        }
        List<String> applicants = sql.list(
                "select username from app_user where display_name ilike ? escape '\\'",
                row -> row.getString(1),
                query.likePattern());
        List<String> files = query.search().codePointCount(0, query.search().length()) < SHORTEST_TITLE_SEARCH
                ? List.of()
                : sql.list(
                        "select t.file_id from file_property t where t.path not like 'steps.%' and t.path = any(?)"
                                + " and t.value #>> '{}' ilike ? escape '\\'",
                        row -> row.getString(1), titlePaths, query.likePattern());
        return new Found(applicants, files);
    }

    /** The number of files pending at each step of a service that has any, by step id. */
    Map<String, Long> pendingCounts(String serviceId) {
        Map<String, Long> counts = new HashMap<>();
        sql.list(
                        "select q.step, count(*) from step_queue q where q.service_id = ?" + PENDING
                                + " group by q.step",
                        row -> Map.entry(row.getString(1), row.getLong(2)),
                        serviceId)
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /**
     * How many files a queue holds, counted up to {@code most}: the files at the step in the tab that match the
     * search.
     */
    Count count(String serviceId, String step, QueueQuery query, Found found, String officer, int most) {
        List<Object> parameters = new ArrayList<>();
        String where = where(serviceId, step, query, found, officer, parameters);
        long counted = list(
                        query,
                        "select count(*) from (select 1 from step_queue q" + where + " limit " + (most + 1) + ") c",
                        row -> row.getLong(1),
                        parameters)
                .get(0);
        return counted > most ? new Count(most, true) : new Count(counted, false);
    }

    /**
     * One page (from 0) of a queue in the query's order: the file waiting longest, or sent last, first. The page's
     * rows are chosen on {@code step_queue} alone; only those are joined to their file and applicant.
     */
    List<Queued> page(String serviceId, String step, QueueQuery query, Found found, String officer, int page) {
        List<Object> parameters = new ArrayList<>();
        String order = query.sort() == QueueQuery.Sort.SENT
                ? " order by q.sent_at desc nulls last, q.number desc"
                : " order by q.waiting_since, q.file_id";
        String chosen = "select q.*" + " from step_queue q"
                + where(serviceId, step, query, found, officer, parameters) + order + " limit " + PAGE_SIZE
                + " offset " + ((long) page * PAGE_SIZE);
        String select = "select f.id, f.number, f.service_id, f.owner_id, f.status, f.created_at, u.display_name,"
                + " q.sent_at, q.waiting_since, q.assignee, q.certificates from (" + chosen + ") q"
                + " join file f on f.id = q.file_id left join app_user u on u.username = f.owner_id";
        return list(query, select + order, WorkQueues::queued, parameters);
    }

    /**
     * The conditions of a queue, every value a parameter: the step, the tab's status (pending: of a file being
     * processed), the holder, and the search — the applicants whose name has the text, the files whose title values
     * have it, the file its number names.
     */
    private String where(
            String serviceId, String step, QueueQuery query, Found found, String officer, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where q.service_id = ? and q.step = ?");
        parameters.add(serviceId);
        parameters.add(step);
        query.tab().status().ifPresent(status -> {
            if (status == StepStatus.PENDING) {
                where.append(PENDING);
            } else {
                where.append(" and q.status = ?");
                parameters.add(status.name());
            }
        });
        if (query.assigned() == QueueQuery.Assigned.ME) {
            where.append(" and q.assignee = ?");
            parameters.add(officer);
        } else if (query.assigned() == QueueQuery.Assigned.NONE) {
            where.append(" and q.assignee is null");
        }
        if (found != null) {
            // each condition only when it names something: an empty one in an "or" costs the index it could use
            List<String> conditions = new ArrayList<>();
            if (!found.applicants().isEmpty()) {
                conditions.add("q.owner_id = any(?)");
                parameters.add(found.applicants());
            }
            if (!found.files().isEmpty()) {
                conditions.add("q.file_id = any(?::uuid[])");
                parameters.add(found.files());
            }
            where.append(conditions.isEmpty() ? " and false" : " and (" + String.join(" or ", conditions) + ")");
        }
        return where.toString();
    }

    /**
     * A queue's rows. A search is planned for its values (how many applicants and files it names decides the plan);
     * a tab alone is a prepared statement PostgreSQL plans once, since every step's plan is the same index walk.
     */
    private <T> List<T> list(QueueQuery query, String statement, Sql.Row<T> row, List<Object> parameters) {
        return query.search().isEmpty()
                ? sql.list(statement, row, parameters.toArray())
                : sql.listPlannedForValues(statement, row, parameters.toArray());
    }

    private static Queued queued(ResultSet row) throws SQLException {
        FileRecord file = FileRecord.listed(row, 1);
        String applicant = row.getString(7);
        return new Queued(
                file,
                applicant == null ? file.ownerId : applicant,
                moment(row, 8),
                moment(row, 9),
                row.getString(10),
                List.of((String[]) row.getArray(11).getArray()));
    }

    private static OffsetDateTime moment(ResultSet row, int column) throws SQLException {
        OffsetDateTime moment = row.getObject(column, OffsetDateTime.class);
        return moment == null ? null : moment.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
