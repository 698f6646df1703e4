package org.eregistrations.web.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The requests of a mixed workload to the nodes of a cluster, each recorded with its kind, node, start, end and status
 * (-1: no answer — refused, cut or timed out). Bodies are JSON from maps; a multipart upload is written here.
 */
final class Calls {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Call> calls = new ArrayList<>();

    /** One request: what, where, when, and how it ended. */
    record Call(String kind, int port, long startNanos, long endNanos, int status, java.time.Instant at) {
        @Override
        public String toString() {
            return String.format("%s %s on :%d took %d ms, answered %d", at, kind, port, millis(), status);
        }

        boolean answered() {
            return status > 0;
        }

        long millis() {
            return (endNanos - startNanos) / 1_000_000;
        }
    }

    /** An answer: its status and JSON body (empty for no answer or no JSON). */
    record Answer(int status, Optional<JsonNode> body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            return body.orElseThrow();
        }
    }

    synchronized List<Call> all() {
        return List.copyOf(calls);
    }

    Answer get(String kind, int port, String user, String path) {
        return send(kind, port, request(port, user, path).GET().build());
    }

    Answer json(String kind, int port, String user, String method, String path, Map<String, ?> body) {
        try {
            return send(
                    kind,
                    port,
                    request(port, user, path)
                            .header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                            .build());
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    Answer zip(String kind, int port, String user, byte[] zip) {
        return send(
                kind,
                port,
                request(port, user, "/api/rulesets")
                        .header("Content-Type", "application/zip")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
                        .build());
    }

    /** Uploads a PDF to a document slot with the file version the client saw. */
    Answer upload(String kind, int port, String user, String path, long expectedVersion, byte[] pdf) {
        String boundary = "chaos" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"expectedVersion\"\r\n\r\n"
                        + expectedVersion + "\r\n");
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"doc.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n");
        body.writeBytes(pdf);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(
                kind,
                port,
                request(port, user, path)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A request as {@code login}: {@code name:password}, or a name that is its own password as the demo's are. */
    private static HttpRequest.Builder request(int port, String login, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(TIMEOUT);
        if (login != null) {
            String credentials = login.contains(":") ? login : login + ":" + login;
            builder.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Answer send(String kind, int port, HttpRequest request) {
        long start = System.nanoTime();
        java.time.Instant at = java.time.Instant.now();
        int status = -1;
        Optional<JsonNode> body = Optional.empty();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            status = response.statusCode();
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("application/json") && response.body().length > 0) {
                body = Optional.of(JSON.readTree(response.body()));
            }
        } catch (IOException e) {
            // refused, cut or timed out: no answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            calls.add(new Call(kind, port, start, System.nanoTime(), status, at));
        }
        return new Answer(status, body);
    }
}
