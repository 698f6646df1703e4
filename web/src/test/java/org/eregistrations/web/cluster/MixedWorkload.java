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
    private static final String OFFICER = "licensing";

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

    private void investor(int index) {
        String user = index % 2 == 0 ? "ana" : "luis";
        for (int round = index; running.get(); round++) {
            int port = ports[round % ports.length];
            fileOnce(user, port, round);
        }
    }

    /** One file from creation to sending; it is left as it is at the first refusal or missing answer. */
    private void fileOnce(String user, int port, int round) {
        Calls.Answer created = calls.json("create", port, user, "POST", "/api/files", Map.of("serviceId", SERVICE));
        if (!created.ok()) {
            pause();
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
        for (String upload : List.of(
                "requirementUploads/identity",
                "requirementUploads/premisesProof",
                "paymentReceiptUploads/licenceFee")) {
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
                Calls.Answer current = calls.get("read", port, OFFICER, "/api/files/" + file);
                if (!current.ok()) {
                    break;
                }
                long version = current.json().get("version").asLong();
                String path = "/steps/" + step + "/approve";
                if (write(
                                file,
                                "decide",
                                port,
                                OFFICER,
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

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
