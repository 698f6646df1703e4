package org.eregistrations.web.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.web.db.Sql;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.supervise.ClocksRebuilt;
import org.eregistrations.web.supervise.WorkingCalendars;
import org.eregistrations.web.supervise.WorkingClocks;

/**
 * Keeps the projection {@code decision_time} (V24) read on the right clocks. A trigger times each approval or
 * rejection when it is counted, on the clock {@code step_clock} gives its step; this class keeps {@code step_clock}
 * equal to the published catalogues (the institution of each step) and the working hours (whether that institution has
 * hours of its own), and reads again the decisions whose clock changed: those of a step when its clock changes, every
 * one when the clocks are rebuilt. While it does, decisions wait (a table lock), so none is timed on an old clock.
 */
@ApplicationScoped
class DecisionTimes {
    private final Sql sql;
    private final PublishedServices services;
    private final WorkingClocks clocks;

    DecisionTimes(Sql sql, PublishedServices services, WorkingClocks clocks) {
        this.sql = sql;
        this.services = services;
        this.clocks = clocks;
    }

    /**
     * Brings the steps whose clock changed up to date (a service activated on any node, an institution given hours of
     * its own or losing them); one read of a small table when nothing changed.
     */
    void follow() {
        Map<Step, String> expected = expected();
        Map<Step, String> stored = new LinkedHashMap<>();
        for (Map.Entry<Step, String> row : sql.list(
                "select service_id, step, clock from step_clock",
                row -> Map.entry(new Step(row.getString(1), row.getString(2)), row.getString(3)))) {
            stored.put(row.getKey(), row.getValue());
        }
        Map<Step, String> changed = new LinkedHashMap<>();
        expected.forEach((step, clock) -> {
            if (!clock.equals(stored.get(step))) {
                changed.put(step, clock);
            }
        });
        if (!changed.isEmpty()) {
            readAgain(changed);
        }
    }

    /** Sets the clocks of some steps and reads their decisions again on them, in one transaction. */
    @Transactional
    void readAgain(Map<Step, String> changed) {
        sql.update("lock table decision_time in share row exclusive mode");
        changed.forEach((step, clock) -> {
            store(step, clock);
            sql.update(
                    READ_AGAIN + " where d.service_id = ? and d.step = ? and d.clock <> ?",
                    step.service(),
                    step.step(),
                    clock);
        });
    }

    /** The clocks changed: every decision is read again, in the rebuild's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void rebuilt(@Observes ClocksRebuilt event) {
        sql.update("lock table decision_time in share row exclusive mode");
        expected().forEach(this::store);
        sql.update(READ_AGAIN);
    }

    private void store(Step step, String clock) {
        sql.update(
                "insert into step_clock (service_id, step, clock) values (?, ?, ?)"
                        + " on conflict (service_id, step) do update set clock = excluded.clock",
                step.service(),
                step.step(),
                clock);
    }

    /** A processing step of a service. */
    record Step(String service, String step) {}

    /** The clock each step of the published services is read by now. */
    private Map<Step, String> expected() {
        Set<String> ownHours = clocks.clocks();
        Map<Step, String> expected = new LinkedHashMap<>();
        for (var published : services.all()) {
            for (ProcessingStep step : published.catalogue().processingSteps()) {
                String institution = step.institution();
                expected.put(
                        new Step(published.catalogue().id(), step.id()),
                        institution != null && ownHours.contains(institution)
                                ? institution
                                : WorkingCalendars.EVERY_INSTITUTION);
            }
        }
        return expected;
    }

    /** Each decision's seconds read again on its step's clock as {@code step_clock} now gives it. */
    private static final String READ_AGAIN = "update decision_time d set (clock, pending, sent_back, paused) ="
            + " (select k.clock, s.pending, s.sent_back, s.paused"
            + " from (select step_clock_of(d.service_id, d.step) as clock) k"
            + " cross join lateral decision_seconds(d.file_id, d.step, d.event_id, d.at, k.clock) s)";
}
