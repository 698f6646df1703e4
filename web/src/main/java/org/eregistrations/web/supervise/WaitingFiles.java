package org.eregistrations.web.supervise;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.store.FileRecord;

/**
 * The files waiting at some steps, read from the queues' projection ({@code step_queue}, V14): pending or paused at a
 * step of a file being processed, or sent back to the investor by it; the longest waiting first, a page at a time.
 */
@ApplicationScoped
class WaitingFiles {
    static final int PAGE_SIZE = 50;

    /** Files the list counts at most; beyond, it says "more than". */
    static final int MOST_COUNTED = 10_000;

    private static final String WAITING = " and ((q.status in ('PENDING', 'PAUSED') and q.file_status = 'SUBMITTED')"
            + " or (q.status = 'SENT_BACK' and q.file_status = 'SENT_BACK'))";

    private final Sql sql;

    WaitingFiles(Sql sql) {
        this.sql = sql;
    }

    /** A step of a service, as the list is asked for. */
    record StepKey(String service, String step) {}

    /** A file waiting at a step: its row, number and title come from the file. */
    record Waiting(FileRecord file, String step, String state, OffsetDateTime since, String holder, String applicant) {}

    /** How many files wait, counted up to {@link #MOST_COUNTED}; more than that when the count is one over. */
    long count(List<StepKey> steps, WaitingQuery query, List<String> titlePaths) {
        List<Object> parameters = new ArrayList<>();
        String where = where(steps, query, titlePaths, parameters);
        return sql.listPlannedForValues(
                        "select count(*) from (select 1" + where + " limit " + (MOST_COUNTED + 1) + ") c",
                        row -> row.getLong(1),
                        parameters.toArray())
                .get(0);
    }

    /** One page (from 0) of the files waiting, the longest waiting first. */
    List<Waiting> page(List<StepKey> steps, WaitingQuery query, List<String> titlePaths, int page) {
        List<Object> parameters = new ArrayList<>();
        String select = "select f.id, f.number, f.service_id, f.owner_id, f.status, f.created_at, q.step, q.status,"
                + " q.waiting_since, q.assignee, u.display_name"
                + where(steps, query, titlePaths, parameters)
                + " order by q.waiting_since, q.file_id, q.step limit " + PAGE_SIZE + " offset "
                + ((long) page * PAGE_SIZE);
        return sql.listPlannedForValues(select, WaitingFiles::waiting, parameters.toArray());
    }

    private static String where(
            List<StepKey> steps, WaitingQuery query, List<String> titlePaths, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" from step_queue q"
                + " join unnest(?::text[], ?::text[]) s(service_id, step)"
                + " on s.service_id = q.service_id and s.step = q.step"
                + " join file f on f.id = q.file_id left join app_user u on u.username = q.owner_id where true"
                + WAITING);
        parameters.add(steps.stream().map(StepKey::service).toList());
        parameters.add(steps.stream().map(StepKey::step).toList());
        if (query.state() != WaitingQuery.State.ANY) {
            where.append(" and q.status = ?");
            parameters.add(query.state().name());
        }
        if (query.holder().equals("-")) {
            where.append(" and q.assignee is null");
        } else if (!query.holder().isEmpty()) {
            where.append(" and q.assignee = ?");
            parameters.add(query.holder());
        }
        if (query.waited() != WaitingQuery.Waited.ANY) {
            where.append(" and q.waiting_since <= ?");
            parameters.add(Instant.now().minus(query.waited().least()));
        }
        if (!query.search().isEmpty()) {
            if (query.number().isPresent()) {
                where.append(" and q.number = ?");
                parameters.add(query.number().get());
            } else {
                where.append(" and q.file_id in (select t.file_id from file_property t where t.path not like 'steps.%'"
                        + " and t.path = any(?) and t.value #>> '{}' ilike ? escape '\\')");
                parameters.add(titlePaths);
                parameters.add(Sql.containing(query.search()));
            }
        }
        return where.toString();
    }

    private static Waiting waiting(ResultSet row) throws SQLException {
        FileRecord file = FileRecord.listed(row, 1);
        String applicant = row.getString(11);
        return new Waiting(
                file,
                row.getString(7),
                row.getString(8),
                row.getObject(9, OffsetDateTime.class),
                row.getString(10),
                applicant == null ? file.ownerId : applicant);
    }
}
