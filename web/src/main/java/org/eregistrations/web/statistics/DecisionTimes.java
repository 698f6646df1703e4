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
 * one when the clocks are rebuilt. Decisions being taken wait for the last part of either (a table lock), so none
 * stays timed on an old clock.
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
     * Brings the steps whose institution or clock changed up to date (a service activated on any node, an institution
     * given hours of its own or losing them); one read of a small table when nothing changed.
     */
    void follow() {
        Map<Step, ReadBy> stored = new LinkedHashMap<>();
        for (Map.Entry<Step, ReadBy> row : sql.list(
                "select service_id, step, institution, clock from step_clock",
                row -> Map.entry(
                        new Step(row.getString(1), row.getString(2)),
                        new ReadBy(row.getString(3), row.getString(4))))) {
            stored.put(row.getKey(), row.getValue());
        }
        Map<Step, ReadBy> changed = new LinkedHashMap<>();
        expected().forEach((step, readBy) -> {
            if (!readBy.equals(stored.get(step))) {
                changed.put(step, readBy);
            }
        });
        if (!changed.isEmpty()) {
            readAgain(changed);
        }
    }

    /**
     * Sets the institution and clock of some steps and reads their decisions again with them, in one transaction;
     * decisions taken meanwhile at those steps are read again at the end, with new ones made to wait only for that.
     */
    @Transactional
    void readAgain(Map<Step, ReadBy> changed) {
        changed.forEach(this::store);
        changed.forEach(this::readAgain);
        sql.update("lock table decision_time in share row exclusive mode");
        changed.forEach(this::readAgain);
    }

    private void readAgain(Step step, ReadBy readBy) {
        sql.update(
                READ_AGAIN + " where d.service_id = ? and d.step = ? and (d.institution <> ? or d.clock <> ?)",
                step.service(),
                step.step(),
                readBy.institution(),
                readBy.clock());
    }

    /**
     * The clocks changed: every decision is read again, in the rebuild's transaction. Decisions go on being taken
     * meanwhile, timed on the clocks as they were; those (of an earlier build) are read again at the end, with new
     * decisions made to wait only for that.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void rebuilt(@Observes ClocksRebuilt event) {
        expected().forEach(this::store);
        sql.update(READ_AGAIN + " where d.generation < clock_generation()");
        sql.update("lock table decision_time in share row exclusive mode");
        sql.update(READ_AGAIN + " where d.generation < clock_generation()");
    }

    private void store(Step step, ReadBy readBy) {
        sql.update(
                "insert into step_clock (service_id, step, institution, clock) values (?, ?, ?, ?)"
                        + " on conflict (service_id, step)"
                        + " do update set institution = excluded.institution, clock = excluded.clock",
                step.service(),
                step.step(),
                readBy.institution(),
                readBy.clock());
    }

    /** A processing step of a service. */
    record Step(String service, String step) {}

    /** What a step's decisions are read with: its institution ({@code ""} for none) and the clock of its hours. */
    record ReadBy(String institution, String clock) {}

    /** The institution and clock of each step of the published services now. */
    private Map<Step, ReadBy> expected() {
        Set<String> ownHours = clocks.clocks();
        Map<Step, ReadBy> expected = new LinkedHashMap<>();
        for (var published : services.all()) {
            for (ProcessingStep step : published.catalogue().processingSteps()) {
                String institution = step.institution() == null ? "" : step.institution();
                expected.put(
                        new Step(published.catalogue().id(), step.id()),
                        new ReadBy(
                                institution,
                                ownHours.contains(institution) ? institution : WorkingCalendars.EVERY_INSTITUTION));
            }
        }
        return expected;
    }

    /**
     * Each decision's institution, clock and seconds read again as {@code step_clock} now gives them, on the clocks'
     * current build.
     */
    private static final String READ_AGAIN =
            "update decision_time d set (institution, clock, pending, sent_back, paused, generation) ="
                    + " (select k.institution, k.clock, s.pending, s.sent_back, s.paused, clock_generation()"
                    + " from step_clock_of(d.service_id, d.step) k"
                    + " cross join lateral decision_seconds(d.file_id, d.step, d.event_id, d.at, k.clock) s)";
}
