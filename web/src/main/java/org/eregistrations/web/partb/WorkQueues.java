package org.eregistrations.web.partb;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eregistrations.engine.derivation.DerivedSet;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.engine.lifecycle.StepStatus;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.file.PropertyPath;
import org.eregistrations.web.store.FileRecord;

/**
 * The files at a processing step, read from the projection of step states ({@code file_property}, path
 * {@code steps.<step>.status}) with the file's row: one page of a queue at a time, never every file. The repeated
 * {@code like 'steps.%.status'} lets PostgreSQL use the partial index of step states (V7); a search first finds the
 * matching files by the trigram indexes of V9 (titles, applicants' names) or the file number's index.
 */
@ApplicationScoped
class WorkQueues {
    static final int PAGE_SIZE = 50;

    private static final String WHERE = " where f.service_id = ? and p.path like 'steps.%.status'";
    private static final String STEP_STATES = " from file_property p join file f on f.id = p.file_id" + WHERE;
    private static final String FROM = " from file_property p join file f on f.id = p.file_id";
    /** The step's holder, joined only when the query filters on it (every file of the step would pay for it). */
    private static final String HOLDER = " left join file_property a on a.file_id = f.id and a.path = ?";

    private static final String PENDING = " and p.value = ?::jsonb and f.status = ?";
    private static final String ONE_STEP = " and p.path = ?";

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

    /** The number of files pending at each step of a service that has any, by step id. */
    Map<String, Long> pendingCounts(String serviceId) {
        Map<String, Long> counts = new HashMap<>();
        sql.list(
                        "select p.path, count(*)" + STEP_STATES + PENDING + " group by p.path",
                        row -> Map.entry(row.getString(1), row.getLong(2)),
                        serviceId,
                        pendingValue(),
                        FileStatus.SUBMITTED.name())
                .forEach(entry ->
                        PropertyPath.stepOf(entry.getKey()).ifPresent(step -> counts.put(step, entry.getValue())));
        return counts;
    }

    /** How many files a queue holds: the files at the step in the query's tab that match its search. */
    long count(String serviceId, String step, QueueQuery query, List<String> titlePaths, String officer) {
        List<Object> parameters = new ArrayList<>();
        String where = where(serviceId, step, query, titlePaths, officer, parameters, "");
        return sql.listPlannedForValues("select count(*)" + where, row -> row.getLong(1), parameters.toArray())
                .get(0);
    }

    /**
     * One page (from 0) of a queue in the query's order: the file waiting longest, or sent last, first. The page's
     * files are chosen first, on the step states alone, and only those 50 are joined to their applicant, assignee and
     * snapshot.
     */
    List<Queued> page(
            String serviceId, String step, QueueQuery query, List<String> titlePaths, String officer, int page) {
        List<Object> parameters = new ArrayList<>();
        boolean sent = query.sort() == QueueQuery.Sort.SENT;
        String where = where(
                serviceId,
                step,
                query,
                titlePaths,
                officer,
                parameters,
                sent ? " left join file_snapshot s on s.file_id = f.id" : "");
        parameters.add(new PropertyPath.StepAssignee(step).format());
        String chosen = "select f.id, f.number, p.changed_at" + where
                + (sent ? " order by s.taken_at desc nulls last, f.number desc" : " order by p.changed_at, f.number")
                + " limit " + PAGE_SIZE + " offset " + ((long) page * PAGE_SIZE);
        String select = "select f.id, f.number, f.service_id, f.owner_id, f.status, f.created_at, u.display_name,"
                + " s.taken_at, q.changed_at, a.value #>> '{}', array(select jsonb_array_elements_text(s.derivation #> '{sets,"
                + DerivedSet.CERTIFICATES_APPLICABLE.key() + "}'))"
                + " from (" + chosen + ") q join file f on f.id = q.id"
                + " left join app_user u on u.username = f.owner_id"
                + " left join file_property a on a.file_id = f.id and a.path = ?"
                + " left join file_snapshot s on s.file_id = f.id";
        String order =
                sent ? " order by s.taken_at desc nulls last, q.number desc" : " order by q.changed_at, q.number";
        return sql.listPlannedForValues(select + order, WorkQueues::queued, parameters.toArray());
    }

    /**
     * The conditions of a queue, every value a parameter: the step, the tab's status (pending: of a file being
     * processed), and the search — the file's number, or text in the applicant's name or the file's title values.
     */
    private static String where(
            String serviceId,
            String step,
            QueueQuery query,
            List<String> titlePaths,
            String officer,
            List<Object> parameters,
            String join) {
        StringBuilder where = new StringBuilder(FROM + join);
        if (query.assigned() != QueueQuery.Assigned.ANY) {
            where.append(HOLDER);
            parameters.add(new PropertyPath.StepAssignee(step).format());
        }
        where.append(WHERE + ONE_STEP);
        parameters.add(serviceId);
        parameters.add(new PropertyPath.StepState(step).format());
        query.tab().status().ifPresent(status -> {
            where.append(" and p.value = ?::jsonb");
            parameters.add("\"" + status.name() + "\"");
            if (status == StepStatus.PENDING) {
                where.append(" and f.status = ?");
                parameters.add(FileStatus.SUBMITTED.name());
            }
        });
        if (query.assigned() == QueueQuery.Assigned.ME) {
            where.append(" and a.value = ?::jsonb");
            parameters.add(JsonNodeFactory.instance.textNode(officer).toString());
        } else if (query.assigned() == QueueQuery.Assigned.NONE) {
            where.append(" and a.file_id is null");
        }
        if (!query.search().isEmpty()) {
            String like = query.likePattern();
            where.append(" and f.id in (select t.file_id from file_property t where t.path not like 'steps.%'"
                    + " and t.path = any(?) and t.value #>> '{}' ilike ? escape '\\'"
                    + " union all select o.id from file o join app_user w on w.username = o.owner_id"
                    + " where o.service_id = ? and w.display_name ilike ? escape '\\'");
            parameters.add(titlePaths);
            parameters.add(like);
            parameters.add(serviceId);
            parameters.add(like);
            query.number().ifPresent(number -> {
                where.append(" union all select o.id from file o where o.number = ?");
                parameters.add(number);
            });
            where.append(')');
        }
        return where.toString();
    }

    private static String pendingValue() {
        return "\"" + StepStatus.PENDING.name() + "\"";
    }

    private static Queued queued(ResultSet row) throws SQLException {
        FileRecord file = new FileRecord();
        file.id = row.getObject(1, UUID.class);
        file.number = row.getLong(2);
        file.serviceId = row.getString(3);
        file.ownerId = row.getString(4);
        file.status = FileStatus.valueOf(row.getString(5));
        file.createdAt = row.getObject(6, OffsetDateTime.class);
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
