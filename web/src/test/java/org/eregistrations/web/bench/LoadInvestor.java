package org.eregistrations.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One investor of a load benchmark: a keep-alive HTTP/1.1 client, a login session cookie, a CSRF token and a company
 * file, making the requests of an open guide and an open data form as htmx does.
 */
final class LoadInvestor {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URL base;
    private String cookies = "";
    private String csrf;
    private final String file;

    /** Logs in (password: user name + "-password") and starts a company registration. */
    LoadInvestor(URL base, String user) throws IOException, InterruptedException {
        this.base = base;
        csrf = token(get("login"));
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
    long updateGuide(int i) throws IOException, InterruptedException {
        Map<String, String> form = Map.of(
                "guide.legalForm",
                "sa",
                "guide.capital",
                String.valueOf(10_000 + i),
                "guide.isImporter",
                i % 2 == 0 ? "true" : "false",
                "guide.hasEmployees",
                "true");
        return timed("files/" + file + "/guide", form, "id=\"total\"");
    }

    /**
     * One live data-form update: the whole form as the page posts it on a change, of which the representative's first
     * name changed; the computed full name comes back.
     */
    long updateData(int i) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("dataForms.companyName", "Load test S.A.");
        form.put("dataForms.activity", "Coffee");
        form.put("dataForms.address", "5a Avenida Norte 123");
        form.put("dataForms.startDate", "");
        form.put("dataForms.firstName", "Ana " + i);
        form.put("dataForms.lastName", "Pérez");
        form.put("dataForms.email", "ana@example.com");
        form.put("dataForms.city", "Santa Ana");
        form.put("dataForms.shareholders[0].name", "Ana Pérez");
        form.put("dataForms.shareholders[0].share", "100");
        form.put("dataForms.employeeCount", "3");
        return timed("files/" + file + "/data", form, "Ana " + i + " Pérez");
    }

    long staticFile() throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + "css/site.css")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new AssertionError("static file failed: " + response.statusCode());
        }
        return took;
    }

    /** The time to read one of the investor's pages (a path under the base), which must answer 200 with a text. */
    long page(String path, String expected) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + path.replace("{file}", file)))
                        .header("Cookie", cookies)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200 || !response.body().contains(expected)) {
            throw new AssertionError(path + " failed: " + response.statusCode());
        }
        return took;
    }

    private long timed(String path, Map<String, String> form, String expected)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = post(path, form, true);
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200 || !response.body().contains(expected)) {
            throw new AssertionError("update of " + path + " failed: " + response.statusCode());
        }
        return took;
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Cookie", cookies)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        remember(response);
        return response.body();
    }

    private HttpResponse<String> post(String path, Map<String, String> form, boolean partial)
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
