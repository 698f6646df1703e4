package org.eregistrations.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.account.Roles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Server time of a live guide update (htmx POST of a changed answer: validate, append the event, derive with the
 * company service's rules, render the results) under 20 concurrent investors, next to a static file served by the same
 * server in the same run, over loopback with one keep-alive connection per investor.
 *
 * <pre>
 * ./mvnw -B -pl web -am test -Dtest=GuideLoadBenchmark -Dexcluded.test.groups=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@QuarkusTest
@Tag("benchmark")
class GuideLoadBenchmark {
    private static final int INVESTORS = 20;
    private static final int WARMUP = 50;
    private static final int REQUESTS = 150;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TestHTTPResource("/")
    URL base;

    @Inject
    Accounts accounts;

    /** One investor: a keep-alive client, a session cookie, a CSRF token and a company file. */
    private final class Investor {
        final HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String cookies = "";
        String csrf;
        String file;

        Investor(String user) throws Exception {
            String page = get("login");
            csrf = token(page);
            HttpResponse<String> login = post("login", Map.of("email", user, "password", user + "-password"), false);
            assertThat(login.statusCode()).isEqualTo(303);
            csrf = token(get("files"));
            HttpResponse<String> started = post("files", Map.of("serviceId", "company-registration"), false);
            Matcher id = Pattern.compile("/files/([0-9a-f-]{36})/guide")
                    .matcher(started.headers().firstValue("Location").orElseThrow());
            assertThat(id.find()).isTrue();
            file = id.group(1);
            csrf = token(get("files/" + file + "/guide"));
        }

        /** One live guide update: the capital changes, the costs come back recomputed. */
        long update(int i) throws Exception {
            long start = System.nanoTime();
            HttpResponse<String> response = post(
                    "files/" + file + "/guide",
                    Map.of(
                            "guide.legalForm",
                            "sa",
                            "guide.capital",
                            String.valueOf(10_000 + i),
                            "guide.isImporter",
                            i % 2 == 0 ? "true" : "false",
                            "guide.hasEmployees",
                            "true"),
                    true);
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200 || !response.body().contains("id=\"total\"")) {
                throw new AssertionError("update failed: " + response.statusCode());
            }
            return took;
        }

        long staticFile() throws Exception {
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(base + "css/site.css"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new AssertionError("static file failed: " + response.statusCode());
            }
            return took;
        }

        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Cookie", cookies)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            remember(response);
            return response.body();
        }

        HttpResponse<String> post(String path, Map<String, String> form, boolean partial)
                throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&", "_csrf=" + encode(csrf) + "&", ""));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookies)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (partial) {
                request.header("HX-Request", "true");
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            remember(response);
            return response;
        }

        private void remember(HttpResponse<String> response) {
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                String name = pair.split("=", 2)[0];
                List<String> kept = new ArrayList<>();
                for (String cookie : cookies.isEmpty() ? new String[0] : cookies.split("; ")) {
                    if (!cookie.startsWith(name + "=")) {
                        kept.add(cookie);
                    }
                }
                kept.add(pair);
                cookies = String.join("; ", kept);
            }
        }
    }

    @Test
    void liveGuideUpdatesNextToAStaticFile() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Investor> investors = new ArrayList<>();
        for (int i = 0; i < INVESTORS; i++) {
            String user = "load-" + run + "-" + i;
            String hash = new String(
                    at.favre.lib.crypto.bcrypt.BCrypt.withDefaults().hash(4, (user + "-password").toCharArray()),
                    StandardCharsets.UTF_8);
            accounts.createConfirmed(user, user + "@example.com", user, hash, List.of(Roles.INVESTOR), null, false);
            investors.add(new Investor(user));
        }
        ExecutorService pool = Executors.newFixedThreadPool(INVESTORS);
        try {
            measure(pool, investors, (investor, i) -> investor.update(i), WARMUP);
            measure(pool, investors, (investor, i) -> investor.staticFile(), WARMUP);
            long[] guide = measure(pool, investors, (investor, i) -> investor.update(WARMUP + i), REQUESTS);
            long[] file = measure(pool, investors, (investor, i) -> investor.staticFile(), REQUESTS);
            double guide50 = percentile(guide, 50), guide99 = percentile(guide, 99);
            double file50 = percentile(file, 50), file99 = percentile(file, 99);
            System.out.printf(
                    "%nGuideLoadBenchmark: %d concurrent investors, %d requests each, loopback, 2 cores%n"
                            + "  live guide update (company-registration): p50 %.2f ms  p99 %.2f ms%n"
                            + "  static file /css/site.css:               p50 %.2f ms  p99 %.2f ms%n"
                            + "  ratio guide/static:                      p50 %.1fx   p99 %.1fx%n",
                    INVESTORS, REQUESTS, guide50, guide99, file50, file99, guide50 / file50, guide99 / file99);
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Call {
        long run(Investor investor, int i) throws Exception;
    }

    /** Every investor makes its requests at once; returns each request's time. */
    private static long[] measure(ExecutorService pool, List<Investor> investors, Call call, int requests)
            throws Exception {
        List<Future<long[]>> futures = new ArrayList<>();
        for (Investor investor : investors) {
            Callable<long[]> task = () -> {
                long[] times = new long[requests];
                for (int i = 0; i < requests; i++) {
                    times[i] = call.run(investor, i);
                }
                return times;
            };
            futures.add(pool.submit(task));
        }
        long[] all = new long[0];
        for (Future<long[]> future : futures) {
            long[] times = future.get();
            long[] joined = Arrays.copyOf(all, all.length + times.length);
            System.arraycopy(times, 0, joined, all.length, times.length);
            all = joined;
        }
        return all;
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1_000_000.0;
    }

    private static String token(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token");
        }
        return matcher.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
