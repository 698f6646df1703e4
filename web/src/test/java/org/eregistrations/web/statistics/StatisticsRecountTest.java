package org.eregistrations.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.site.LocalTimes;
import org.eregistrations.web.site.Texts;
import org.eregistrations.web.supervise.WorkingCalendar;
import org.eregistrations.web.supervise.WorkingCalendars;
import org.eregistrations.web.supervise.WorkingClocks;
import org.eregistrations.web.testing.DecidedFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The statistics of a generated year of files agree with a brute-force recount of the raw events: every figure counted
 * by walking each file's events in order, processing times by walking every minute of each step.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsRecountTest {
    private static final Instant YEAR = LocalDate.of(2019, 1, 1)
            .atStartOfDay(ZoneId.of("America/El_Salvador"))
            .toInstant();
    private static final Map<String, String> QUERY = Map.of("from", "2019-01-01", "to", "2019-12-31", "group", "month");

    @Inject
    DataSource database;

    @Inject
    StatisticsService statistics;

    @Inject
    PublishedServices services;

    @Inject
    WorkingCalendars calendars;

    @Inject
    WorkingClocks clocks;

    @Inject
    LocalTimes times;

    private final ObjectMapper json = new ObjectMapper();
    private final List<Event> events = new ArrayList<>();
    private Map<String, Table> tables;

    /** A raw row of file_event with its file's service. */
    record Event(UUID file, String service, long seq, String path, JsonNode value, Instant at, String user) {}

    @BeforeAll
    void generateAYearOfFiles() throws Exception {
        List<UUID> ids = DecidedFiles.insert(database, 240, 2019, YEAR);
        try (Connection connection = database.getConnection();
                PreparedStatement accounts = connection.prepareStatement(
                        "insert into app_user (id, username, email, display_name, password_hash, roles, created_at)"
                                + " values (?, ?, ?, 'Recounted', 'x', ?, ?)");
                PreparedStatement read = connection.prepareStatement(
                        "select e.file_id, f.service_id, e.seq, e.path, e.value::text, e.at, e.user_id from file_event e"
                                + " join file f on f.id = e.file_id where e.file_id = any(?) order by e.file_id, e.seq")) {
            for (String roles : List.of("investor", "investor", "officer")) {
                String name = "rc-" + UUID.randomUUID();
                accounts.setObject(1, UUID.randomUUID());
                accounts.setString(2, name);
                accounts.setString(3, name + "@example.com");
                accounts.setArray(4, connection.createArrayOf("text", new String[] {roles}));
                accounts.setObject(5, OffsetDateTime.parse("2019-03-15T12:00:00Z"));
                accounts.executeUpdate();
            }
            read.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    events.add(new Event(
                            rows.getObject(1, UUID.class),
                            rows.getString(2),
                            rows.getLong(3),
                            rows.getString(4),
                            json.readTree(rows.getString(5)),
                            rows.getObject(6, OffsetDateTime.class).toInstant(),
                            rows.getString(7)));
                }
            }
        }
        tables = new TreeMap<>();
        statistics
                .report(new Caller("statistics", "recount", Set.of("statistics"), null), "en", QUERY)
                .tables()
                .forEach(t -> tables.put(t.id(), t));
    }

    @Test
    void filesOverTimeAndPerServiceAgree() {
        Recount recount = recount();
        assertThat(recount.overTime().stream()
                        .mapToLong(row -> Long.parseLong(row.get(1)))
                        .sum())
                .as("files sent in the year")
                .isGreaterThan(200);
        assertThat(tables.get("over-time").rows()).hasSize(12).isEqualTo(recount.overTime());
        assertThat(tables.get("services").rows()).isEqualTo(recount.perService(this::serviceName));
    }

    @Test
    void decisionsAndProcessingTimesPerOfficerAndStepAgree() {
        Recount recount = recount();
        assertThat(tables.get("officers").rows()).isEqualTo(recount.perOfficer());
        List<List<String>> decided = tables.get("steps").rows().stream()
                .filter(row -> row.subList(3, 8).stream().anyMatch(cell -> !cell.equals("0")))
                .toList();
        assertThat(decided).isEqualTo(recount.perStep(this::serviceName, this::stepName, this::institution));
        long timed = recount.perOfficer().stream()
                .mapToLong(row -> Long.parseLong(row.get(5)))
                .sum();
        assertThat(tables.get("distribution").rows().stream()
                        .mapToLong(row -> Long.parseLong(row.get(1)))
                        .sum())
                .isEqualTo(timed)
                .isGreaterThan(100);
    }

    /**
     * The kept processing times are read again when the clocks change: the institution of the trader licence's steps
     * given hours of its own and a holiday added (every decision read again, in the rebuild's transaction), then its
     * steps' decisions left timed on the clock of every institution, as a node that had not yet seen the step would
     * time them (read again by the next page).
     */
    @Test
    void processingTimesFollowChangesOfHoursAndOfAStepsClock() throws Exception {
        try {
            try (Connection connection = database.getConnection();
                    PreparedStatement hours = connection.prepareStatement("insert into working_hours"
                            + " (institution, weekday, starts, ends) values ('trade', ?, '06:30', '19:15')")) {
                for (int weekday = 1; weekday <= 6; weekday++) {
                    hours.setInt(1, weekday);
                    hours.executeUpdate();
                }
                connection
                        .createStatement()
                        .executeUpdate("insert into public_holiday (day, name) values ('2019-05-01', 'Labour day')");
            }
            clocks.rebuild();
            assertTimesAgree("trade's own hours and a holiday");

            try (Connection connection = database.getConnection()) {
                connection
                        .createStatement()
                        .executeUpdate("delete from step_clock where service_id = 'trader-licence'");
                int stale = connection
                        .createStatement()
                        .executeUpdate("update decision_time d set (institution, clock, pending, sent_back, paused) ="
                                + " (select '', '', s.pending, s.sent_back, s.paused"
                                + " from decision_seconds(d.file_id, d.step, d.event_id, d.at, '') s)"
                                + " where d.service_id = 'trader-licence'");
                assertThat(stale).isGreaterThan(50);
            }
            assertTimesAgree("decisions timed before the step's clock was known");
        } finally {
            try (Connection connection = database.getConnection()) {
                connection.createStatement().executeUpdate("delete from working_hours where institution = 'trade'");
                connection.createStatement().executeUpdate("delete from public_holiday where day = '2019-05-01'");
            }
            clocks.rebuild();
        }
        assertTimesAgree("the hours of every institution again");
    }

    private void assertTimesAgree(String when) {
        Map<String, Table> now = new TreeMap<>();
        statistics
                .report(new Caller("statistics", "recount", Set.of("statistics"), null), "en", QUERY)
                .tables()
                .forEach(t -> now.put(t.id(), t));
        Recount recount = recount();
        assertThat(now.get("officers").rows()).as(when).isEqualTo(recount.perOfficer());
        assertThat(now.get("steps").rows().stream()
                        .filter(row -> row.subList(3, 8).stream().anyMatch(cell -> !cell.equals("0")))
                        .toList())
                .as(when)
                .isEqualTo(recount.perStep(this::serviceName, this::stepName, this::institution));
    }

    @Test
    void certificatesReasonsAndAccountsAgree() {
        Recount recount = recount();
        assertThat(recount.rejections(this::serviceName, this::stepName)).hasSizeGreaterThan(3);
        assertThat(recount.invalid(this::serviceName, type -> type)).hasSizeGreaterThan(2);
        assertThat(tables.get("certificates").rows())
                .hasSize(2)
                .containsExactlyInAnyOrderElementsOf(recount.certificates(this::serviceName, this::certificateName));
        assertThat(tables.get("rejections").rows())
                .containsExactlyInAnyOrderElementsOf(recount.rejections(this::serviceName, this::stepName));
        assertThat(tables.get("invalid").rows())
                .containsExactlyInAnyOrderElementsOf(
                        recount.invalid(this::serviceName, type -> Texts.get("en", "revision_reason_" + type)));
        assertThat(tables.get("accounts").rows().stream()
                        .filter(row -> !row.subList(1, 3).equals(List.of("0", "0"))))
                .containsExactly(List.of("2019-03-01", "2", "1"));
    }

    private Recount recount() {
        return new Recount(
                events, times.zone(), LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1), (service, step) -> {
                    WorkingCalendar calendar = calendars.read().of(institution(service, step));
                    return calendar;
                });
    }

    private String serviceName(String service) {
        return services.find(service).orElseThrow().catalogue().name().in("en");
    }

    private String stepName(String service, String step) {
        return step(service, step).name().in("en");
    }

    private String institution(String service, String step) {
        return step(service, step).institution();
    }

    private String certificateName(String service, String certificate) {
        return services.find(service)
                .orElseThrow()
                .catalogue()
                .certificate(certificate)
                .orElseThrow()
                .name()
                .in("en");
    }

    private org.eregistrations.config.catalogue.ProcessingStep step(String service, String step) {
        return services.find(service).orElseThrow().catalogue().processingSteps().stream()
                .filter(s -> s.id().equals(step))
                .findFirst()
                .orElseThrow();
    }

    static String hours(Duration duration) {
        return StatisticsTables.hours(duration);
    }
}
