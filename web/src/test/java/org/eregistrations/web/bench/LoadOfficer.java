package org.eregistrations.web.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One officer of a load benchmark: a keep-alive HTTP/1.1 client with a login session, reading pages. */
final class LoadOfficer {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URL base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** Logs in (password = user name). */
    LoadOfficer(URL base, String user) throws IOException, InterruptedException {
        this.base = base;
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("login")).GET());
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new AssertionError("no CSRF token on the login page");
        }
        String body = "_csrf=" + encode(csrf.group(1)) + "&email=" + encode(user) + "&password=" + encode(user);
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (login.statusCode() != 303) {
            throw new AssertionError("login of " + user + " failed: " + login.statusCode());
        }
    }

    /** The time to get a page (a path under the base, no leading slash) that must answer 200 and contain a text. */
    long timed(String path, String expected) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200 || !response.body().contains(expected)) {
            throw new AssertionError(path + " failed: " + response.statusCode() + ", without " + expected);
        }
        return took;
    }

    /** A page's body, untimed. */
    String body(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET()).body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String[] pair = header.split(";", 2)[0].split("=", 2);
            cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        return response;
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
