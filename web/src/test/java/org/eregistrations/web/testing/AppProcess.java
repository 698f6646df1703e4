package org.eregistrations.web.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/quarkus-app}) started as a process of its own on a database given by URL, as
 * a node of a cluster would be: for tests that stop, kill and restart nodes.
 */
public final class AppProcess implements AutoCloseable {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int port;
    private final List<String> command;
    private final Path log;
    private Process process;

    private AppProcess(int port, List<String> command, Path log) {
        this.port = port;
        this.command = command;
        this.log = log;
    }

    /** A node on a free port, not started yet; {@code settings} are more {@code -Dname=value} system properties. */
    public static AppProcess of(String jdbcUrl, Path rulesDir, Path log, List<String> settings) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                "-Dquarkus.datasource.username=postgres",
                "-Dquarkus.datasource.password=postgres",
                "-Dquarkus.http.port=" + port,
                "-Deregistrations.rules-dir=" + rulesDir,
                "-Deregistrations.accounts.demo=true",
                "-Deregistrations.accounts.dev-mail=true",
                "-Dquarkus.mailer.mock=true"));
        command.addAll(settings);
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        return new AppProcess(port, command, log);
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** Starts the node (again) and waits until it is ready. */
    public void start(Duration timeout) throws IOException, InterruptedException {
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Instant deadline = Instant.now().plus(timeout);
        while (!ready()) {
            if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                throw new IllegalStateException("node on port " + port + " did not become ready; see " + log);
            }
            Thread.sleep(100);
        }
    }

    /** Whether the node answers its readiness check with 200. */
    public boolean ready() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Kills the node at once (SIGKILL): requests in flight are cut, nothing is finished. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
