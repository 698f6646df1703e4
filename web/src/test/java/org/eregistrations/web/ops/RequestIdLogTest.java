package org.eregistrations.web.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.eregistrations.web.testing.FileApi;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.handlers.AsyncHandler;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every log line written for a request carries the request's id, and the JSON log lines say it as a field. */
@QuarkusTest
class RequestIdLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOGIN_LOGGER = "org.eregistrations.web.account.PasswordLogins";

    /** The lines a console with JSON logs would write, formatted as it does: on the thread that logs. */
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private final Handler capture = new Handler() {
        private final JsonLogFormatter formatter = new JsonLogFormatter();

        @Override
        public void publish(LogRecord record) {
            lines.add(formatter.format(ExtLogRecord.wrap(record)));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Logger logins;

    @BeforeEach
    void capture() {
        logins = LogContext.getLogContext().getLogger(LOGIN_LOGGER);
        logins.addHandler(capture);
    }

    @AfterEach
    void release() {
        logins.removeHandler(capture);
    }

    private List<JsonNode> jsonLines() throws Exception {
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : lines) {
            assertThat(line).endsWith("\n").containsOnlyOnce("\n");
            parsed.add(JSON.readTree(line));
        }
        return parsed;
    }

    @Test
    void logLineOfARequestCarriesTheIdTheAnswerNames() throws Exception {
        String id = given().auth()
                .preemptive()
                .basic(FileApi.nobody(), "wrong")
                .get("/api/files")
                .then()
                .statusCode(401)
                .extract()
                .header("X-Request-Id");

        assertThat(id).isNotBlank();
        assertThat(jsonLines()).anySatisfy(line -> {
            assertThat(line.path("message").asText()).isEqualTo("login refused: wrong login name or password");
            assertThat(line.path("requestId").asText()).isEqualTo(id);
            assertThat(line.path("level").asText()).isEqualTo("INFO");
            assertThat(line.path("logger").asText()).isEqualTo(LOGIN_LOGGER);
        });
    }

    @Test
    void idAProxyGaveIsKeptAndOneThatIsNoPlainTokenIsReplaced() throws Exception {
        given().header("X-Request-Id", "lb-4711.abc")
                .auth()
                .preemptive()
                .basic(FileApi.nobody(), "wrong")
                .get("/api/files")
                .then()
                .statusCode(401)
                .header("X-Request-Id", "lb-4711.abc");
        String replaced = given().header("X-Request-Id", "two\tparts \"quoted\"")
                .get("/")
                .then()
                .extract()
                .header("X-Request-Id");

        assertThat(jsonLines())
                .anySatisfy(line -> assertThat(line.path("requestId").asText()).isEqualTo("lb-4711.abc"));
        assertThat(replaced).matches("[0-9a-f-]{36}");
    }

    @Test
    void jsonLinesReplaceTheConsoleFormatOnlyWhenAskedFor() {
        ConsoleHandler console = new ConsoleHandler();
        AsyncHandler async = new AsyncHandler();
        async.addHandler(console);
        Formatter text = console.getFormatter();

        JsonLogs.useOnConsole(async, new JsonLogFormatter());

        assertThat(console.getFormatter()).isInstanceOf(JsonLogFormatter.class).isNotSameAs(text);
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, "a \"quoted\"\nmessage", "test");
        assertThat(console.getFormatter().format(record)).startsWith("{").contains("\\\"quoted\\\"\\nmessage");
    }
}
