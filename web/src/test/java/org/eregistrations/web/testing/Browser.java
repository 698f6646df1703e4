package org.eregistrations.web.testing;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A visitor of the pages for tests: keeps its cookies, reads the CSRF token of the last page, posts forms. */
public final class Browser {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String lastPage = "";

    public Response get(String path) {
        Response response = request().redirects().follow(false).get(path);
        remember(response);
        return response;
    }

    /** Posts a form with the CSRF token of the last page read. */
    public Response post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrf());
        return postRaw(path, fields);
    }

    /** Posts exactly these fields (no token added). */
    public Response postRaw(String path, Map<String, String> form) {
        RequestSpecification request =
                request().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
        form.forEach(request::formParam);
        Response response = request.post(path);
        remember(response);
        return response;
    }

    public Response postPartial(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrf());
        RequestSpecification request =
                request().header("HX-Request", "true").contentType("application/x-www-form-urlencoded; charset=UTF-8");
        fields.forEach(request::formParam);
        Response response = request.post(path);
        remember(response);
        return response;
    }

    public Response upload(String path, File file, String mediaType) {
        Response response = request()
                .redirects()
                .follow(false)
                .multiPart("_csrf", csrf())
                .multiPart("document", file, mediaType)
                .post(path);
        remember(response);
        return response;
    }

    /** Posts a multipart form: one file and these fields, with the CSRF token of the last page read. */
    public Response uploadFile(
            String path,
            String fileField,
            String fileName,
            byte[] content,
            String mediaType,
            Map<String, String> fields) {
        RequestSpecification request = request().redirects().follow(false).multiPart("_csrf", csrf());
        fields.forEach(request::multiPart);
        Response response =
                request.multiPart(fileField, fileName, content, mediaType).post(path);
        remember(response);
        return response;
    }

    /** Uploads these bytes as a PDF of this name with the CSRF token of the last page read. */
    public Response uploadBytes(String path, String fileName, byte[] content) {
        Response response = request()
                .redirects()
                .follow(false)
                .multiPart("_csrf", csrf())
                .multiPart("document", fileName, content, "application/pdf")
                .post(path);
        remember(response);
        return response;
    }

    /**
     * Posts a multipart form written by hand, its file name as UTF-8 bytes the way browsers send it (REST Assured
     * would send a name it cannot encode as {@code ?}), with the CSRF token of the last page read.
     */
    public RawHttp.Answer uploadRaw(String path, String fileField, String fileName, String content, String... fields)
            throws IOException {
        String boundary = "----browser" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder body = new StringBuilder();
        List<String> pairs = new ArrayList<>(List.of(fields));
        pairs.addAll(List.of("_csrf", csrf()));
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            body.append("--")
                    .append(boundary)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(pairs.get(i))
                    .append("\"\r\n\r\n")
                    .append(pairs.get(i + 1))
                    .append("\r\n");
        }
        body.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(fileField)
                .append("\"; filename=\"")
                .append(fileName)
                .append("\"\r\n")
                .append("Content-Type: application/pdf\r\n\r\n")
                .append(content)
                .append("\r\n--")
                .append(boundary)
                .append("--\r\n");
        StringBuilder cookieHeader = new StringBuilder();
        cookies.forEach((name, value) ->
                cookieHeader.append(name).append('=').append(value).append("; "));
        return RawHttp.exchangeWithBody(
                RestAssured.port,
                body.toString(),
                "POST " + path + " HTTP/1.1",
                "Host: localhost",
                "Cookie: " + cookieHeader,
                "Content-Type: multipart/form-data; boundary=" + boundary);
    }

    public Browser login(String user, String password) {
        get("/login");
        Response response = post("/login", Map.of("email", user, "password", password));
        if (response.statusCode() != 303) {
            throw new AssertionError("login of " + user + " failed: " + response.statusCode());
        }
        return this;
    }

    /** Starts a file of a service from My files and returns its id. */
    public String startFile(String serviceId) {
        get("/files");
        Response response = post("/files", Map.of("serviceId", serviceId));
        String location = response.header("Location");
        Matcher id = Pattern.compile("/files/([0-9a-f-]{36})/guide").matcher(location);
        if (response.statusCode() != 303 || !id.find()) {
            throw new AssertionError("no file started: " + response.statusCode() + " " + location);
        }
        return id.group(1);
    }

    public String csrf() {
        Matcher matcher = CSRF.matcher(lastPage);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on the last page");
        }
        return matcher.group(1);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** The file version a page's forms post (their hidden {@code version} field); fails when the page has none. */
    public static String formVersion(String html) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
        if (!version.find()) {
            throw new AssertionError("no form with the file's version on the page");
        }
        return version.group(1);
    }

    public static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private RequestSpecification request() {
        return given().cookies(cookies);
    }

    private void remember(Response response) {
        response.getDetailedCookies().asList().forEach(cookie -> {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
        String body = response.asString();
        if (body.contains("name=\"_csrf\"")) {
            lastPage = body;
        }
    }
}
