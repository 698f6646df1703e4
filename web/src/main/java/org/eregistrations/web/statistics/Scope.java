package org.eregistrations.web.statistics;

import java.util.List;
import java.util.Map;

/**
 * What a caller's figures cover: the steps (each of a service) and services they may see, with their names and
 * institutions, and whether they see everything (bound to no institution: accounts created too).
 */
record Scope(List<StepOf> steps, Map<String, String> services, boolean everything) {
    /** A processing step of a service: its name in the page's language and the institution that works it. */
    record StepOf(String service, String step, String name, String institution) {
        String key() {
            return service + "/" + step;
        }
    }

    Scope {
        steps = List.copyOf(steps);
        services = Map.copyOf(services);
    }

    /** The steps a query keeps: of its service and step, if it names them. */
    List<StepOf> kept(StatisticsQuery query) {
        return steps.stream()
                .filter(s -> query.service().isEmpty() || s.service().equals(query.service()))
                .filter(s -> query.step().isEmpty() || s.step().equals(query.step()))
                .toList();
    }

    /** The services a query keeps. */
    List<String> keptServices(StatisticsQuery query) {
        return services.keySet().stream()
                .filter(s -> query.service().isEmpty() || s.equals(query.service()))
                .sorted()
                .toList();
    }
}
