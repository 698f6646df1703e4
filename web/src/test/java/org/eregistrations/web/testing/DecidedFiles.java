package org.eregistrations.web.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Files sent and worked to their end, written straight into the event store as the application writes them: the file
 * sent, each step pending, paused and resumed, documents marked invalid, sent back and resent, approved or rejected
 * with a reason, the certificate of the last step issued. Events fall on whole minutes of one year, by a seeded
 * random, so that a test can recount them independently of the application.
 */
public final class DecidedFiles {
    /** The steps of the shipped services, in the order these files go through them, and the last step's certificate. */
    private static final Map<String, List<String>> STEPS = Map.of(
            "trader-licence", List.of("review", "approval"),
            "market-stall-permit", List.of("inspection", "healthCheck", "approval"));

    private static final Map<String, String> CERTIFICATE =
            Map.of("trader-licence", "traderLicence", "market-stall-permit", "stallPermit");

    /** Officers who decide, one of them with a name that must be escaped wherever it is shown. */
    public static final List<String> OFFICERS = List.of("rc-ana", "rc-luis", "rc-<b>marta</b>", "rc-josé");

    public static final List<String> REASONS = List.of("Not a trader", "Address outside the district", "=1+1");

    private final Random random;
    private final Instant yearStart;
    private final List<Object[]> events = new ArrayList<>();
    private long seq;
    private Instant at;

    private DecidedFiles(long seed, Instant yearStart) {
        this.random = new Random(seed);
        this.yearStart = yearStart;
    }

    /** Writes {@code count} files whose first event falls in the 360 days from {@code yearStart}; their ids. */
    public static List<UUID> insert(DataSource database, int count, long seed, Instant yearStart) throws SQLException {
        DecidedFiles files = new DecidedFiles(seed, yearStart);
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement file = connection.prepareStatement(
                        "insert into file (id, service_id, owner_id, status, version, created_at, updated_at)"
                                + " values (?, ?, 'rc-investor', 'SUBMITTED', 1, ?, ?)");
                PreparedStatement event = connection.prepareStatement(
                        "insert into file_event (file_id, seq, path, value, removed, at, user_id, session_id, cause)"
                                + " values (?, ?, ?, ?::jsonb, false, ?, ?, 'generated', 'lifecycle')")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                String service = i % 3 == 0 ? "market-stall-permit" : "trader-licence";
                files.events.clear();
                files.work(service);
                Timestamp created = Timestamp.from((Instant) files.events.get(0)[2]);
                file.setObject(1, id);
                file.setString(2, service);
                file.setTimestamp(3, created);
                file.setTimestamp(4, created);
                file.addBatch();
                for (Object[] e : files.events) {
                    event.setObject(1, id);
                    event.setLong(2, (Long) e[0]);
                    event.setString(3, (String) e[1]);
                    event.setString(4, (String) e[3]);
                    event.setTimestamp(5, Timestamp.from((Instant) e[2]));
                    event.setString(6, (String) e[4]);
                    event.addBatch();
                }
                ids.add(id);
                if (ids.size() % 500 == 0 || i == count - 1) {
                    file.executeBatch();
                    event.executeBatch();
                }
            }
        }
        return ids;
    }

    private void work(String service) {
        seq = 0;
        at = yearStart.plus(random.nextInt(360 * 24 * 60), ChronoUnit.MINUTES);
        event("status", "\"SUBMITTED\"", "rc-investor");
        List<String> steps = STEPS.get(service);
        for (int s = 0; s < steps.size(); s++) {
            String step = steps.get(s);
            String officer = OFFICERS.get(random.nextInt(OFFICERS.size()));
            event("steps." + step + ".status", "\"PENDING\"", officer);
            later(3000);
            if (random.nextDouble() < 0.15) {
                event("steps." + step + ".status", "\"PAUSED\"", officer);
                event("steps." + step + ".decision", "{\"decision\": \"pause\", \"reason\": \"A visit\"}", officer);
                later(4000);
                event("steps." + step + ".status", "\"PENDING\"", officer);
                event("steps." + step + ".decision", "{\"decision\": \"resume\"}", officer);
                later(2000);
            }
            if (random.nextDouble() < 0.2) {
                String type = random.nextBoolean() ? "illegible" : "mismatch";
                event(
                        "steps." + step + ".review.documents.identity",
                        "{\"status\": \"invalid\", \"reasonType\": \"" + type + "\"}",
                        officer);
            }
            double outcome = random.nextDouble();
            if (outcome < 0.15) {
                event("steps." + step + ".status", "\"SENT_BACK\"", officer);
                event("status", "\"SENT_BACK\"", officer);
                event("steps." + step + ".decision", "{\"decision\": \"sendBack\", \"reason\": \"Blurred\"}", officer);
                later(6000);
                event("status", "\"SUBMITTED\"", "rc-investor");
                event("steps." + step + ".status", "\"PENDING\"", "rc-investor");
                later(2000);
            } else if (outcome < 0.25) {
                String reason = REASONS.get(random.nextInt(REASONS.size()));
                event("steps." + step + ".status", "\"REJECTED\"", officer);
                event("status", "\"REJECTED\"", officer);
                event(
                        "steps." + step + ".decision",
                        "{\"decision\": \"reject\", \"reason\": \"" + reason + "\"}",
                        officer);
                return;
            }
            event("steps." + step + ".status", "\"APPROVED\"", officer);
            if (s == steps.size() - 1) {
                event("status", "\"APPROVED\"", officer);
            }
            event("steps." + step + ".decision", "{\"decision\": \"approve\"}", officer);
            if (s == steps.size() - 1) {
                event(
                        "certificates." + CERTIFICATE.get(service),
                        "{\"number\": \"G-" + seq + "\", \"step\": \"" + step + "\", \"officer\": \"" + officer + "\"}",
                        officer);
            }
        }
    }

    private void later(int mostMinutes) {
        at = at.plus(1 + random.nextInt(mostMinutes), ChronoUnit.MINUTES);
    }

    private void event(String path, String json, String user) {
        events.add(new Object[] {++seq, path, at, json, user});
    }
}
