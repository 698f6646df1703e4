package org.eregistrations.web.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eregistrations.web.testing.FileApi;

/**
 * Investors filling and sending trader licences, and officers approving their steps, spread over the nodes of a
 * cluster through the JSON API. Every write a node acknowledged (2xx) is kept with the file version it made, and every
 * read of a file with the rule set version and licence fee it showed: afterwards the database must hold each
 * acknowledged write exactly once, and each version must always have shown the same fee.
 */
final class MixedWorkload {
    static final String SERVICE = "trader-licence";
    /** The investors' and officers' accounts a run adds ({@link #addAccounts}), all with one password. */
    private static final String INVESTOR_PREFIX = "load-investor-";

    private static final String OFFICER_PREFIX = "load-officer-";

    private static final String PASSWORD = "load-password";

    private final Calls calls;
    private final int[] ports;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final BlockingQueue<String> sent = new LinkedBlockingQueue<>();
    private final List<Ack> acks = new ArrayList<>();
    private final Map<String, String> feeByVersion = new ConcurrentHashMap<>();
    private final List<String> inconsistentReads = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    /** A write a node acknowledged: the file, the version it made (0 for the file's creation), and what it was. */
    record Ack(String file, long seq, String kind) {}

    MixedWorkload(Calls calls, int... ports) {
        this.calls = calls;
        this.ports = ports;
    }

    /**
     * Each account asks each node once before the run, as users who logged in earlier: a node checks a password once
     * (bcrypt, at the production cost) and then takes the credential on trust for a while.
     */
    void logInEveryone(int investors, int officers) {
        Calls warmUp = new Calls();
        for (int port : ports) {
            for (int i = 0; i < investors; i++) {
                warmUp.get("login", port, INVESTOR_PREFIX + i + ":" + PASSWORD, "/api/services");
            }
            for (int i = 0; i < officers; i++) {
                warmUp.get("login", port, OFFICER_PREFIX + i + ":" + PASSWORD, "/api/services");
            }
        }
    }

    void start(int investors, int officers) {
        for (int i = 0; i < investors; i++) {
            int first = i;
            threads.add(new Thread(() -> investor(first), "investor-" + i));
        }
        for (int i = 0; i < officers; i++) {
            int first = i;
            threads.add(new Thread(() -> officer(first), "officer-" + i));
        }
        threads.forEach(Thread::start);
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
    }

    synchronized List<Ack> acks() {
        return List.copyOf(acks);
    }

    Map<String, String> feeByVersion() {
        return Map.copyOf(feeByVersion);
    }

    synchronized List<String> inconsistentReads() {
        return List.copyOf(inconsistentReads);
    }

    /**
     * Adds the run's accounts beside the demo ones: investors, and officers of the trade licensing office's steps. Each
     * client has an account of its own, as real users do (concurrent logins of one name are slowed as guesses are).
     */
    static int addAccounts(java.sql.Connection connection, int investors, int officers) throws java.sql.SQLException {
        // at the production cost, so that no login renews it
        String hash = at.favre.lib.crypto.bcrypt.BCrypt.withDefaults().hashToString(12, PASSWORD.toCharArray());
        int added = 0;
        try (var statement = connection.prepareStatement(
                "insert into app_user (id, username, email, display_name, password_hash, roles, institution,"
                        + " confirmed_at, created_at) select gen_random_uuid(), ? || n, ? || n || '@example.com',"
                        + " ? || n, ?, string_to_array(?, ','), ?, now(), now() from generate_series(0, ? - 1) n")) {
            for (Object[] kind : new Object[][] {
                {INVESTOR_PREFIX, investors, "investor", null},
                {OFFICER_PREFIX, officers, "officer,licensingOfficer,licensingManager", "trade"}
            }) {
                statement.setString(1, (String) kind[0]);
                statement.setString(2, (String) kind[0]);
                statement.setString(3, (String) kind[0]);
                statement.setString(4, hash);
                statement.setString(5, (String) kind[2]);
                statement.setString(6, (String) kind[3]);
                statement.setInt(7, (Integer) kind[1]);
                added += statement.executeUpdate();
            }
        }
        return added;
    }

    private void investor(int index) {
        String user = INVESTOR_PREFIX + index + ":" + PASSWORD;
        for (int round = index; running.get(); round++) {
            int port = ports[round % ports.length];
            fileOnce(user, port, round);
        }
    }

    /** One file from creation to sending; it is left as it is at the first refusal or missing answer. */
    private void fileOnce(String user, int port, int round) {
        Calls.Answer created = calls.json("create", port, user, "POST", "/api/files", Map.of("serviceId", SERVICE));
        if (!created.ok()) {
            // a node that does not answer is left alone a moment, as a load balancer would
            pause(created.status() < 0 ? 500 : 50);
            return;
        }
        String file = created.json().get("id").asText();
        ack(file, 0, "create");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("guide.sellsFood", false);
        values.put("guide.isRenewal", round % 3 == 0);
        values.put("dataForms.traderName", "Trader " + round);
        values.put("dataForms.address", "Calle " + round);
        values.put("dataForms.email", "trader" + round + "@example.com");
        values.put("dataForms.activity", "Hardware");
        values.put("submissionForms.isAffidavitSigned", true);
        long version =
                write(file, "change", port, user, "PATCH", "/values", Map.of("expectedVersion", 0, "values", values));
        if (version < 0 || !read(file, port, user)) {
            return;
        }
        List<String> uploads = new ArrayList<>(List.of(
                "requirementUploads/identity", "requirementUploads/premisesProof", "paymentReceiptUploads/licenceFee"));
        if (round % 3 == 0) {
            uploads.add("requirementUploads/previousLicence"); // a renewal shows the licence it renews
        }
        for (String upload : uploads) {
            Calls.Answer uploaded = calls.upload(
                    "upload", port, user, "/api/files/" + file + "/documents/" + upload, version, FileApi.PDF);
            if (!uploaded.ok()) {
                return;
            }
            version = uploaded.json().get("version").asLong();
            ack(file, version, "upload");
        }
        if (write(file, "send", port, user, "POST", "/send", Map.of("expectedVersion", version)) >= 0) {
            sent.add(file);
        }
    }

    private void officer(int index) {
        String officer = OFFICER_PREFIX + index + ":" + PASSWORD;
        for (int round = index; running.get(); round++) {
            String file;
            try {
                file = sent.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (file == null) {
                continue;
            }
            int port = ports[round % ports.length];
            for (String step : List.of("review", "approval")) {
                Calls.Answer current = calls.get("read", port, officer, "/api/files/" + file);
                if (!current.ok()) {
                    break;
                }
                long version = current.json().get("version").asLong();
                String path = "/steps/" + step + "/approve";
                if (write(
                                file,
                                "decide",
                                port,
                                officer,
                                "POST",
                                path,
                                Map.of("expectedVersion", version, "fields", Map.of()))
                        < 0) {
                    break;
                }
            }
        }
    }

    /** A write; its acknowledged version, or -1 when it was not acknowledged. */
    private long write(
            String file, String kind, int port, String user, String method, String path, Map<String, ?> body) {
        Calls.Answer answer = calls.json(kind, port, user, method, "/api/files/" + file + path, body);
        if (!answer.ok()) {
            return -1;
        }
        long version = answer.json().get("version").asLong();
        ack(file, version, kind);
        return version;
    }

    /** Reads a draft and checks that what it shows comes wholly from the rule set version it names. */
    private boolean read(String file, int port, String user) {
        Calls.Answer answer = calls.get("read", port, user, "/api/files/" + file);
        if (!answer.ok()) {
            return false;
        }
        JsonNode derivation = answer.json().get("derivation");
        String version = derivation.get("rulesetVersion").asText();
        boolean renewal = answer.json().path("values").path("guide.isRenewal").asBoolean();
        String fee = (renewal ? "renewal " : "new ")
                + derivation.path("amounts").path("licenceFee").asText();
        String seen = feeByVersion.putIfAbsent(version + (renewal ? "/renewal" : "/new"), fee);
        if (seen != null && !seen.equals(fee)) {
            synchronized (this) {
                inconsistentReads.add(file + " on " + version + ": " + fee + " but before " + seen);
            }
        }
        return true;
    }

    private synchronized void ack(String file, long seq, String kind) {
        acks.add(new Ack(file, seq, kind));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
