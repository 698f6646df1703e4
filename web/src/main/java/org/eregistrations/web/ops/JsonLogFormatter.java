package org.eregistrations.web.ops;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtLogRecord;

/**
 * One log record as one line of JSON: {@code time}, {@code level}, {@code logger}, {@code thread}, {@code requestId}
 * (when written for a request), {@code message}, {@code mdc} (the rest of the log context) and {@code exception} (its
 * stack trace as text).
 */
final class JsonLogFormatter extends ExtFormatter {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String format(ExtLogRecord record) {
        StringWriter line = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeStringField(
                    "time", Instant.ofEpochMilli(record.getMillis()).toString());
            json.writeStringField("level", record.getLevel().getName());
            json.writeStringField("logger", record.getLoggerName());
            json.writeStringField("thread", record.getThreadName());
            String requestId = record.getMdc(RequestIds.LOG_KEY);
            if (requestId != null) {
                json.writeStringField(RequestIds.LOG_KEY, requestId);
            }
            json.writeStringField("message", formatMessage(record));
            writeContext(json, record.getMdcCopy());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                json.writeStringField("exception", trace.toString());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.append('\n').toString();
    }

    private static void writeContext(JsonGenerator json, Map<String, String> context) throws IOException {
        Map<String, String> others = new TreeMap<>(context);
        others.remove(RequestIds.LOG_KEY);
        if (others.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("mdc");
        for (Map.Entry<String, String> entry : others.entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }
}
