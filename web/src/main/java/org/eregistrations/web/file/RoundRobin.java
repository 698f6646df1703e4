package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.List;
import java.util.Optional;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.store.Actor;
import org.eregistrations.web.store.FileRecord;
import org.eregistrations.web.store.FileStore;
import org.eregistrations.web.store.PropertyChange;

/**
 * Gives new work at a {@code roundRobin} step to the officers who hold its role (at its institution), one after the
 * other in the order of their user names: the last one given is kept per service and step ({@code step_rotation},
 * V12) under a row lock, so restarts and several nodes go on from the same place. The assignment is the event
 * {@code steps.<step>.assignee} (cause {@code assignment}, by the system), as when an officer takes a file.
 */
@ApplicationScoped
class RoundRobin {
    static final Actor SYSTEM = new Actor("system", "round-robin");

    private final Sql sql;
    private final FileStore store;
    private final Event<StepAssigned> assigned;

    RoundRobin(Sql sql, FileStore store, Event<StepAssigned> assigned) {
        this.sql = sql;
        this.store = store;
        this.assigned = assigned;
    }

    /**
     * Gives each round-robin step among the file's pending ones that nobody holds to the next officer, in the
     * caller's transaction; a step whose role no officer holds stays unassigned (an officer takes it). Returns whether
     * it gave any.
     */
    boolean assignPending(FileView file, Catalogue catalogue, String rulesetVersion) {
        boolean any = false;
        for (ProcessingStep step : catalogue.processingSteps()) {
            if (!step.roundRobin()
                    || !file.pendingSteps().contains(step.id())
                    || Assignments.assignee(file, step.id()).isPresent()) {
                continue;
            }
            Optional<String> next = next(file.serviceId(), step);
            if (next.isPresent()) {
                String officer = next.get();
                any = true;
                FileRecord record = store.findFile(file.id()).orElseThrow();
                store.appendChanges(
                        file.id(),
                        record.version,
                        List.of(new PropertyChange(
                                new PropertyPath.StepAssignee(step.id()).format(),
                                JsonNodeFactory.instance.textNode(officer))),
                        SYSTEM,
                        rulesetVersion,
                        Assignments.CAUSE_ASSIGNMENT);
                assigned.fire(new StepAssigned(file.id(), FileNumbers.of(record), officer, step.id(), step.name()));
            }
        }
        return any;
    }

    /** The user names of the officers who hold one of the step's roles at its institution, in order. */
    List<String> officersOf(ProcessingStep step) {
        return sql.list(
                "select username from app_user where roles @> array['officer']::text[]"
                        + " and roles && string_to_array(?, ',')::text[]"
                        + " and confirmed_at is not null"
                        + " and (cast(? as text) is null or institution is null or institution = ?)"
                        + " order by username",
                row -> row.getString(1),
                String.join(",", step.roles()),
                step.institution(),
                step.institution());
    }

    /** The officer after the last one given at the step, wrapping round; none if no officer holds its role. */
    private Optional<String> next(String service, ProcessingStep step) {
        List<String> officers = officersOf(step);
        if (officers.isEmpty()) {
            return Optional.empty();
        }
        sql.update(
                "insert into step_rotation (service_id, step, last_officer) values (?, ?, '') on conflict do nothing",
                service,
                step.id());
        String last = sql.one(
                        "select last_officer from step_rotation where service_id = ? and step = ? for update",
                        row -> row.getString(1),
                        service,
                        step.id())
                .orElse("");
        String next = officers.stream()
                .filter(officer -> officer.compareTo(last) > 0)
                .findFirst()
                .orElse(officers.get(0));
        sql.update(
                "update step_rotation set last_officer = ? where service_id = ? and step = ?",
                next,
                service,
                step.id());
        return Optional.of(next);
    }
}
