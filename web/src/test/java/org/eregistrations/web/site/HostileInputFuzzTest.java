package org.eregistrations.web.site;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.testing.Browser;
import org.eregistrations.web.testing.FileApi;
import org.eregistrations.web.testing.RawHttp;
import org.eregistrations.web.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Sends hostile values — a fixed list of known troublemakers and seeded random strings — through every page form and
 * every API route, in bodies, query parameters and path parameters, and expects no answer of the 5xx kind.
 */
@QuarkusTest
class HostileInputFuzzTest {
    private static final long SEED = 20_261_129L;
    private static final int RANDOM_ROUNDS = 20;
    /** Each area draws its random values from a generator of its own, seeded from SEED and its place. */
    private static final ThreadLocal<Random> RANDOM = new ThreadLocal<>();

    private static final Pattern INPUT_NAME = Pattern.compile("<(?:input|select|textarea)[^>]*name=\"([^\"]+)\"");
    private static final String PASSWORD = "a fuzzing password";
    private static final String MARKUP = "<>\"'%&;/\\.:[]{}$#";

    /** Values that broke or could break something: control characters, sizes, encodings, markup, paths, numbers. */
    private static final List<String> FIXED = List.of(
            "\u0000",
            "a\u0000b",
            "\u0001\u0002\u0003\u001b[31m",
            "\r\nSet-Cookie: planted=1",
            "\t\n\r",
            "\u007f\u0085\u009f",
            "x".repeat(100_000),
            "9".repeat(5_000),
            "é".repeat(3_000),
            "\uD83D\uDE00\uD83C\uDDEA\uD83C\uDDF8",
            "\uD800",
            "\uFEFF\u200B\u202E",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "' OR '1'='1",
            "'; drop table file; --",
            "../../../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "%00",
            "%zz",
            "%",
            "%E0%A4%A",
            "1e999999999",
            "-1e999999999",
            "99999999999999999999999999999999999",
            "0.0000000000000000000000000001",
            "NaN",
            "Infinity",
            "-0",
            "0x1F",
            "1,5",
            "2026-02-30",
            "+999999999-12-31",
            "-999999999-01-01",
            "99999-01-01T00:00:00Z",
            "+1000000000-01-01T00:00:00Z",
            "-290000-01-01T00:00:00Z",
            "0000-00-00",
            "true",
            "null",
            "[]",
            "{}",
            "{\"a\":",
            "add:<script>",
            "add:",
            "remove:x:99999999999",
            "remove:<script>:1",
            "//evil.example/x",
            "/\\evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "a@b",
            "a@b.c\r\nBcc: x@y.z",
            "\"a b\"@example.com",
            "ä@ü.example",
            "@",
            " ",
            "",
            "{{7*7}}${7*7}#{7*7}",
            "{msg:app_name}");

    @Inject
    Accounts accounts;

    @TestHTTPResource("/")
    URL root;

    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger sent = new AtomicInteger();
    private final Set<String> distinct = ConcurrentHashMap.newKeySet();
    /** The version of the API's file as last seen by the files API area, -1 to read it again. */
    private long version = -1;

    /**
     * The rounds: each fixed value, then rounds in which every request gets a random value of its own (null stands for
     * it), so that about a thousand different random values are sent.
     */
    static List<String> rounds() {
        List<String> rounds = new ArrayList<>(FIXED);
        rounds.addAll(Collections.nCopies(RANDOM_ROUNDS, null));
        return rounds;
    }

    /** A random string of control characters, markup and quotes, percent signs, Latin and other scripts, emoji. */
    private static String randomValue(Random random) {
        int length = random.nextInt(10) == 0 ? 2_000 + random.nextInt(3_000) : 2 + random.nextInt(40);
        StringBuilder value = new StringBuilder();
        while (value.length() < length) {
            switch (random.nextInt(6)) {
                case 0 -> value.append((char) random.nextInt(0x20));
                case 1 -> value.append(MARKUP.charAt(random.nextInt(MARKUP.length())));
                case 2 -> value.append((char) (0x20 + random.nextInt(0x5f)));
                case 3 -> value.append((char) (0xa0 + random.nextInt(0x2000)));
                case 4 -> value.appendCodePoint(0x1F300 + random.nextInt(0x300));
                default -> value.append(random.nextInt(10));
            }
        }
        return value.toString();
    }

    /** Sends a request with the value in its address (path or query). */
    private void sendInAddress(String target, String value, Function<String, Response> request) {
        send(target, inAddress(value != null ? value : randomValue(RANDOM.get())), request);
    }

    /** Sends one request (with a random value of its own in a random round); a 5xx, or no answer, is recorded. */
    private void send(String target, String round, Function<String, Response> request) {
        String value = round != null ? round : randomValue(RANDOM.get());
        sent.incrementAndGet();
        distinct.add(value);
        try {
            int status = request.apply(value).statusCode();
            if (status >= 500) {
                failures.add(target + " answered " + status + " to " + describe(value));
            }
        } catch (Exception e) { // also what RestAssured rethrows unchecked: a connection the server dropped
            failures.add(target + " failed with " + e + " for " + describe(value));
        }
    }

    /**
     * The value as far as it fits in an address: the HTTP server takes request lines of at most 4 KB and drops the
     * connection on longer ones, before the application sees them (long values go in bodies instead).
     */
    private static String inAddress(String value) {
        return value.length() > 300 ? value.substring(0, 300) : value;
    }

    /** Sends a request written by hand; a 5xx, or no answer, is recorded. */
    private void rawSend(String target, Callable<RawHttp.Answer> request) {
        sent.incrementAndGet();
        try {
            int status = request.call().status();
            if (status >= 500) {
                failures.add(target + " answered " + status);
            }
        } catch (Exception e) {
            failures.add(target + " failed with " + e);
        }
    }

    private static String describe(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + " chars)" : value;
        StringBuilder escaped = new StringBuilder("'");
        shown.chars().forEach(c -> escaped.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : (char) c));
        return escaped.append("'").toString();
    }

    private static Set<String> inputNames(String html) {
        Set<String> names = new LinkedHashSet<>(Browser.all(INPUT_NAME, html));
        names.remove(Visit.CSRF_FIELD);
        return names;
    }

    private static RequestSpecification api(String user, String password) {
        return given().auth().preemptive().basic(user, password).contentType(ContentType.JSON);
    }

    /**
     * The four areas run side by side, each on its own file, each sending every round's values in turn: account pages,
     * file pages, the files API, the configurators' API.
     */
    @Test
    void noHostileValueGetsA5xxAnywhere() throws Exception {
        List<String> rounds = rounds();
        String investor = TestAccounts.investor(accounts, PASSWORD);
        Browser browser = new Browser().login(investor, PASSWORD);
        String pageFile = browser.startFile("company-registration");
        String apiFile = api(investor, PASSWORD)
                .body(Map.of("serviceId", "company-registration"))
                .post("/api/files")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String sentFile = FileApi.sentTraderLicence("luis");
        Browser officer = new Browser().login("clerk", "clerk");
        officer.get("/work/files/" + sentFile);
        List<Callable<Void>> areas = List.of(
                area(0, rounds, (value, round) -> accountPages(value)),
                area(1, rounds, (value, round) -> filePages(browser, pageFile, value, round)),
                area(2, rounds, (value, round) -> fileApi(investor, apiFile, value)),
                area(3, rounds, (value, round) -> configurationApi(apiFile, value)),
                area(4, rounds, (value, round) -> officerPages(officer, sentFile, value)));
        ExecutorService pool = Executors.newFixedThreadPool(areas.size());
        try {
            for (Future<Void> done : pool.invokeAll(areas)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        malformedAddresses(browser, pageFile);

        assertThat(failures).as("answers of the 5xx kind").isEmpty();
        assertThat(distinct.size()).as("different hostile values sent").isGreaterThanOrEqualTo(1_000);
        assertThat(sent.get()).as("hostile requests sent").isGreaterThan(distinct.size());
    }

    /** One area's requests for one value, in the round-th place of the values. */
    @FunctionalInterface
    private interface Area {
        void send(String value, int round);
    }

    private static Callable<Void> area(int place, List<String> rounds, Area area) {
        return () -> {
            RANDOM.set(new Random(SEED + place));
            for (int round = 0; round < rounds.size(); round++) {
                area.send(rounds.get(round), round);
            }
            return null;
        };
    }

    private void accountPages(String value) {
        Browser visitor = new Browser();
        visitor.get("/login");
        sendInAddress(
                "GET /login?next=", value, v -> given().queryParam("next", v).get("/login"));
        sendInAddress("GET /?lang=", value, v -> given().queryParam("lang", v).get("/"));
        sendInAddress("GET /confirm?token=", value, v -> given().queryParam("token", v)
                .get("/confirm"));
        sendInAddress(
                "GET /reset?token=", value, v -> given().queryParam("token", v).get("/reset"));
        send("POST /login", value, v -> visitor.post("/login", Map.of("email", v, "password", v, "next", v)));
        send(
                "POST /register",
                value,
                v -> visitor.post(
                        "/register",
                        Map.of("email", v, "name", v, "password", v + "0123456789", "repeat", v + "0123456789")));
        send(
                "POST /register name",
                value,
                v -> visitor.post(
                        "/register",
                        Map.of(
                                "email",
                                "fuzz-" + v.hashCode() + "@example.com",
                                "name",
                                v,
                                "password",
                                PASSWORD,
                                "repeat",
                                PASSWORD)));
        send("POST /forgot", value, v -> visitor.post("/forgot", Map.of("email", v)));
        send("POST /reset", value, v -> visitor.post("/reset", Map.of("token", v, "password", v, "repeat", v)));
        send("POST /login _csrf", value, v -> visitor.postRaw("/login", Map.of("email", "x", "_csrf", v)));
    }

    /** Every input set to the value, cut to 5 000 characters (one input at a time gets the whole value). */
    private static Map<String, String> everyInput(List<String> names, String value) {
        Map<String, String> all = new LinkedHashMap<>();
        names.forEach(name -> all.put(name, value.length() > 5_000 ? value.substring(0, 5_000) : value));
        return all;
    }

    /** Each form with every input set to the value at once, and with one input (a different one each round). */
    private void filePages(Browser browser, String file, String value, int round) {
        String base = "/files/" + file;
        for (String tab : List.of("guide", "data", "send")) {
            List<String> names =
                    List.copyOf(inputNames(browser.get(base + "/" + tab).asString()));
            send("POST " + tab + " every input", value, v -> browser.post(base + "/" + tab, everyInput(names, v)));
            String one = names.get(round % names.size());
            send("POST " + tab + " " + one, value, v -> browser.post(base + "/" + tab, Map.of(one, v)));
            send(
                    "POST " + tab + " with a hostile name",
                    value,
                    v -> browser.post(base + "/" + tab, Map.of("guide." + v, "1", "dataForms." + v, "1", "go", v)));
            send("POST " + tab + " action", value, v -> browser.post(base + "/" + tab, Map.of("action", v)));
        }
        send("htmx POST guide", value, v -> browser.postPartial(base + "/guide", Map.of("guide.capital", v)));
        send("htmx POST data", value, v -> browser.postPartial(base + "/data", Map.of("dataForms.companyName", v)));
        send("POST data add:", value, v -> browser.post(base + "/data", Map.of("action", "add:" + v)));
        send("POST data remove:", value, v -> browser.post(base + "/data", Map.of("action", "remove:" + v + ":0")));
        sendInAddress("GET data?add=", value, v -> browser.get(base + "/data?add=" + encode(v)));
        send("POST /files serviceId", value, v -> browser.post("/files", Map.of("serviceId", v)));
        sendInAddress("GET /files/{id}", value, v -> browser.get("/files/" + encode(v) + "/guide"));
        sendInAddress("GET discard", value, v -> browser.get("/files/" + encode(v) + "/discard"));
        sendInAddress("POST withdraw page", value, v -> browser.post("/files/" + encode(v) + "/withdraw", Map.of()));
        send("POST /files logged out", value, v -> {
            Browser visitor = new Browser();
            visitor.get("/");
            return visitor.post("/files", Map.of("serviceId", v));
        });
        send("POST /login/resume", value, v -> {
            Browser visitor = new Browser();
            visitor.get("/login");
            Map<String, String> form = new LinkedHashMap<>();
            form.put("kept.x", v);
            form.put("kept." + v, v);
            form.put("email", v);
            form.put("password", v);
            form.put("next", v);
            return visitor.post("/login/resume", form);
        });
        sendInAddress("GET document", value, v -> browser.get(base + "/documents/" + encode(v)));
        sendInAddress("GET certificate", value, v -> browser.get(base + "/certificates/" + encode(v)));
        sendInAddress(
                "upload to",
                value,
                v -> browser.uploadBytes(base + "/documents/" + encode(v), "identity.pdf", FileApi.PDF));
        send("upload named", value, v -> browser.uploadBytes(base + "/documents/identity", v, FileApi.PDF));
    }

    private void fileApi(String investor, String file, String value) {
        String base = "/api/files/" + file;
        send("POST /api/files", value, v -> api(investor, PASSWORD)
                .body(Map.of("serviceId", v))
                .post("/api/files"));
        send("POST /api/files raw", value, v -> api(investor, PASSWORD).body(v).post("/api/files"));
        sendInAddress("GET ?at=", value, v -> api(investor, PASSWORD)
                .queryParam("at", v)
                .get(base));
        sendInAddress(
                "GET /api/files/{id}", value, v -> apiRaw(investor, PASSWORD).get("/api/files/" + segment(v)));
        sendInAddress("GET history?path=", value, v -> api(investor, PASSWORD)
                .queryParam("path", v)
                .get(base + "/history"));
        for (String path : List.of("guide.capital", "guide.legalForm", "dataForms.companyName", "dataForms.email")) {
            send("PATCH " + path, value, v -> patch(investor, base, Map.of(path, v)));
        }
        send("PATCH hostile path", value, v -> patch(investor, base, Map.of(v, "1")));
        send("PATCH raw", value, v -> api(investor, PASSWORD).body(v).patch(base + "/values"));
        send("POST send", value, v -> api(investor, PASSWORD)
                .body(Map.of("expectedVersion", v))
                .post(base + "/send"));
        send("POST withdraw", value, v -> api(investor, PASSWORD).body(v).post(base + "/withdraw"));
        send("POST discard", value, v -> api(investor, PASSWORD).body(v).post(base + "/discard"));
        sendInAddress("GET document", value, v -> apiRaw(investor, PASSWORD)
                .get(base + "/documents/requirementUploads/" + segment(v)));
        send("upload named", value, v -> api(investor, PASSWORD)
                .contentType(ContentType.MULTIPART)
                .multiPart("expectedVersion", "0")
                .multiPart("file", v, FileApi.PDF, "application/pdf")
                .post(base + "/documents/requirementUploads/identity"));
        sendInAddress("upload expectedVersion", value, v -> apiRaw(investor, PASSWORD)
                .contentType(ContentType.MULTIPART)
                .multiPart("expectedVersion", v)
                .multiPart("file", "identity.pdf", FileApi.PDF, "application/pdf")
                .post(base + "/documents/requirementUploads/" + segment(v)));
        sendInAddress("POST step decision", value, v -> apiRaw("clerk", "clerk")
                .body(Map.of("expectedVersion", 0, "reason", v))
                .post(base + "/steps/" + segment(v) + "/sendBack"));
        send("POST reason", value, v -> api("clerk", "clerk")
                .body(Map.of("expectedVersion", 0, "reason", v))
                .post(base + "/steps/review/reject"));
    }

    /** The officer's pages: queues, a file's review, a decision (never a valid one: its version is the value). */
    private void officerPages(Browser officer, String file, String value) {
        sendInAddress("GET /work/{service}/{step}", value, v -> officer.get("/work/" + encode(v) + "/" + encode(v)));
        sendInAddress(
                "GET queue ?tab=&page=",
                value,
                v -> officer.get("/work/trader-licence/review?tab=" + encode(v) + "&page=" + encode(v)));
        sendInAddress("GET /work/files/{id}", value, v -> officer.get("/work/files/" + encode(v)));
        send(
                "POST decision",
                value,
                v -> officer.post(
                        "/work/files/" + file + "/steps/review",
                        Map.of("decision", v, "reason", v, "confirm", v, "version", v)));
        sendInAddress(
                "POST decision of a step",
                value,
                v -> officer.post(
                        "/work/files/" + file + "/steps/" + encode(v),
                        Map.of("decision", "sendBack", "reason", v, "version", "x")));
    }

    /** Changes values at the file's version as last seen (read again when someone else changed the file). */
    private Response patch(String investor, String base, Map<String, String> values) {
        if (version < 0) {
            version = api(investor, PASSWORD).get(base).jsonPath().getLong("version");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("expectedVersion", version);
        body.put("values", values);
        Response response = api(investor, PASSWORD).body(body).patch(base + "/values");
        version = response.statusCode() == 200 ? response.jsonPath().getLong("version") : -1;
        return response;
    }

    private void configurationApi(String file, String value) {
        String base = "/api/files/" + file;
        send("POST restore", value, v -> api("configurator", "configurator")
                .body(Map.of("expectedVersion", 0, "at", v))
                .post(base + "/restore"));
        send("POST migrate", value, v -> api("configurator", "configurator")
                .body(Map.of("expectedVersion", 0, "toVersion", v))
                .post(base + "/migrate"));
        sendInAddress("GET migrations", value, v -> apiRaw("configurator", "configurator")
                .get("/api/files/migrations/" + segment(v)));
        sendInAddress("GET attempt", value, v -> apiRaw("configurator", "configurator")
                .get("/api/rulesets/attempts/" + segment(v)));
        sendInAddress("GET activations", value, v -> apiRaw("configurator", "configurator")
                .get("/api/rulesets/fuzz-" + segment(v) + "/activations"));
        sendInAddress("POST retire", value, v -> apiRaw("configurator", "configurator")
                .post("/api/rulesets/fuzz-" + segment(v) + "/retire"));
        sendInAddress("POST activate", value, v -> apiRaw("configurator", "configurator")
                .post("/api/rulesets/fuzz-" + segment(v) + "/versions/" + segment(v) + "/activate"));
        send("POST bundle", value, v -> api("configurator", "configurator")
                .contentType("application/zip")
                .body(v.getBytes(StandardCharsets.UTF_8))
                .post("/api/rulesets"));
    }

    /** Addresses no client library would build: malformed percent-encoding, encoded NUL and dots. */
    private void malformedAddresses(Browser browser, String file) {
        for (String address : List.of(
                "/api/files/%zz",
                "/api/files/" + file + "?at=%",
                "/api/files/" + file + "/history?path=%00",
                "/files/%E0%A4%A/guide",
                "/files/" + file + "/data?add=%ZZ",
                "/login?next=%zz",
                "/login?next=%0d%0aSet-Cookie:%20x=y",
                "/%00",
                "/files/..%2f..%2fetc%2fpasswd",
                "/q/swagger-ui/..%2f..%2f",
                "/api/services?lang=%C0%AF")) {
            for (String credentials : List.of(
                    "Authorization: Basic "
                            + Base64.getEncoder().encodeToString("ana:ana".getBytes(StandardCharsets.UTF_8)),
                    "Cookie: session=" + browser.cookie("session"))) {
                rawSend(
                        "GET " + address,
                        () -> RawHttp.exchange(
                                root.getPort(), "GET " + address + " HTTP/1.1", "Host: localhost", credentials));
            }
        }
    }

    private static String encode(String value) {
        return Links.encode(value);
    }

    /** The value as one path segment: every character but letters and digits percent-encoded. */
    private static String segment(String value) {
        return encode(inAddress(value)).replace("+", "%20").replace("*", "%2A");
    }

    /** An API request whose address is sent exactly as built (its hostile segments are encoded by {@link #segment}). */
    private static RequestSpecification apiRaw(String user, String password) {
        return api(user, password).urlEncodingEnabled(false);
    }
}
