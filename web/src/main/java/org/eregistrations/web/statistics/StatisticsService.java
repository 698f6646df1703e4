package org.eregistrations.web.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.web.account.Roles;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.PageNotFoundException;

/**
 * The statistics a caller asks for, in one pass: who may see which figures (the {@code statistics} role and
 * supervisors; bound to an institution, only the steps of that institution and the services that have one), the
 * figures counted by {@link StatisticsSql}, processing times in working time, and the tables they make.
 */
@ApplicationScoped
class StatisticsService {
    private final PublishedServices services;
    private final StatisticsSql figures;
    private final ProcessingTimesSql timesSql;
    private final DecisionTimes decisionTimes;
    private final StatisticDays days;
    private final LocalTimes times;

    StatisticsService(
            PublishedServices services,
            StatisticsSql figures,
            ProcessingTimesSql timesSql,
            DecisionTimes decisionTimes,
            StatisticDays days,
            LocalTimes times) {
        this.timesSql = timesSql;
        this.services = services;
        this.figures = figures;
        this.decisionTimes = decisionTimes;
        this.days = days;
        this.times = times;
    }

    /** What the page shows: the query as understood, the choices of its filters, and the tables. */
    record Report(
            StatisticsQuery query,
            Map<String, String> services,
            Map<String, String> steps,
            Map<String, String> certificates,
            String institution,
            List<Table> tables) {}

    /** The tables that need the processing times (the costliest query) and the counts of decisions. */
    private static final Set<String> TIMED = Set.of("steps", "institutions", "officers", "distribution");

    /** The statistics of a query; a caller who may see none is told the page does not exist. */
    Report report(Caller caller, String lang, Map<String, String> parameters) {
        return report(caller, lang, parameters, table -> true);
    }

    /**
     * The statistics of a query, only the tables wanted counted (a CSV of one table does not pay for the others); a
     * caller who may see none is told the page does not exist.
     */
    Report report(Caller caller, String lang, Map<String, String> parameters, Predicate<String> wanted) {
        if (!mayRead(caller)) {
            throw new PageNotFoundException(); // nothing here is for anyone else, not even its existence
        }
        StatisticsQuery query = StatisticsQuery.of(parameters, LocalDate.now(times.zone()));
        Map<String, String> stepNames = new TreeMap<>();
        Map<String, String> certificateNames = new TreeMap<>();
        Scope scope = scope(caller, lang, stepNames, certificateNames);
        StatisticsSql.Range range =
                new StatisticsSql.Range(query.from(), query.to().plusDays(1), times.zone(), days.digestedUntil());
        StatisticsTables tables = new StatisticsTables(lang, query, scope);
        DecisionTables decided = new DecisionTables(tables, query, scope);
        List<Table> all = new ArrayList<>();
        if (wanted.test("over-time") || wanted.test("services")) {
            var files = figures.files(range, query, scope);
            add(all, wanted, "over-time", () -> tables.overTime(files));
            add(all, wanted, "services", () -> tables.perService(files));
        }
        if (TIMED.stream().anyMatch(wanted)) {
            decisionTimes.follow();
            ProcessingTimes timed = ProcessingTimes.of(timesSql.times(range, query, scope));
            var decisions = figures.decisions(range, query, scope);
            add(all, wanted, "steps", () -> decided.perStep(decisions, timed));
            add(all, wanted, "institutions", () -> decided.perInstitution(decisions, timed));
            add(all, wanted, "officers", () -> decided.perOfficer(decisions, timed));
            add(all, wanted, "distribution", () -> decided.distribution(timed));
        }
        add(
                all,
                wanted,
                "certificates",
                () -> tables.certificates(figures.certificates(range, query, scope), certificateNames));
        add(all, wanted, "rejections", () -> tables.rejections(figures.rejections(range, query, scope)));
        add(all, wanted, "invalid", () -> tables.invalid(figures.invalid(range, query, scope)));
        if (scope.everything()) {
            add(all, wanted, "accounts", () -> tables.accounts(figures.accounts(range, query)));
        }
        return new Report(
                query, new TreeMap<>(scope.services()), stepNames, certificateNames, caller.institution(), all);
    }

    private static void add(List<Table> all, Predicate<String> wanted, String id, Supplier<Table> table) {
        if (wanted.test(id)) {
            all.add(table.get());
        }
    }

    /** Whether the caller may read statistics at all. */
    static boolean mayRead(Caller caller) {
        return caller.has(Roles.STATISTICS) || caller.has(Caller.SUPERVISOR);
    }

    private Scope scope(Caller caller, String lang, Map<String, String> stepNames, Map<String, String> certificates) {
        List<Scope.StepOf> steps = new ArrayList<>();
        Map<String, String> serviceNames = new LinkedHashMap<>();
        for (var published : services.all()) {
            Catalogue catalogue = published.catalogue();
            for (ProcessingStep step : catalogue.processingSteps()) {
                if (caller.institution() == null
                        || step.institution() == null
                        || caller.institution().equals(step.institution())) {
                    steps.add(new Scope.StepOf(
                            catalogue.id(), step.id(), step.name().in(lang), step.institution()));
                    serviceNames.put(catalogue.id(), catalogue.name().in(lang));
                    stepNames.putIfAbsent(step.id(), step.name().in(lang));
                }
            }
            if (serviceNames.containsKey(catalogue.id())) {
                catalogue
                        .certificates()
                        .forEach(c -> certificates.putIfAbsent(c.id(), c.name().in(lang)));
            }
        }
        return new Scope(steps, serviceNames, caller.institution() == null);
    }
}
