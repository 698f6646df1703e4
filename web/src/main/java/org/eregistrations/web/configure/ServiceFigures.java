package org.eregistrations.web.configure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eregistrations.web.db.Sql;

/** How many files each service has, by status; and the sent files of a service on each version other than its active one. */
@ApplicationScoped
class ServiceFigures {
    private final Sql sql;

    ServiceFigures(Sql sql) {
        this.sql = sql;
    }

    /** Per service, its files by status (DRAFT, SUBMITTED, …), statuses in name order. */
    Map<String, Map<String, Long>> filesByStatus() {
        Map<String, Map<String, Long>> figures = new LinkedHashMap<>();
        sql.list(
                "select service_id, status, count(*) from file group by service_id, status",
                row -> figures.computeIfAbsent(row.getString(1), id -> new TreeMap<>())
                        .put(row.getString(2), row.getLong(3)));
        return figures;
    }

    /** The number of sent or closed files of a service on each version but the given one, the most files first. */
    Map<String, Long> filesOnOtherVersions(String serviceId, String activeVersion) {
        Map<String, Long> byVersion = new LinkedHashMap<>();
        sql.list(
                "select ruleset_version, count(*) from file where service_id = ? and ruleset_version is not null"
                        + " and ruleset_version <> ? group by ruleset_version order by count(*) desc",
                row -> byVersion.put(row.getString(1), row.getLong(2)),
                serviceId,
                activeVersion);
        return byVersion;
    }
}
