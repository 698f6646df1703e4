package org.eregistrations.web.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 exchange written by hand, for what a usual client will not send: a declared body length the client
 * never sends (to see the answer to a body over the limit), a forged {@code Host}.
 */
public final class RawHttp {
    private RawHttp() {}

    /** An answer: status, headers by lower-case name, body. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Sends the request head (lines without the final empty line) and reads the answer until the server closes. */
    public static Answer exchange(int port, String... headLines) throws IOException {
        return send(port, String.join("\r\n", headLines) + "\r\nConnection: close\r\n\r\n");
    }

    /** Sends the request head and a body of which it declares the length. */
    public static Answer exchangeWithBody(int port, String body, String... headLines) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(
                port,
                String.join("\r\n", headLines) + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n"
                        + body);
    }

    private static Answer send(int port, String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketException reset) {
            // the server may close without waiting for a body it refused; what it answered has been read
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Answer parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String[] head = (end < 0 ? raw : raw.substring(0, end)).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        head[i].substring(colon + 1).strip());
            }
        }
        return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, end < 0 ? "" : raw.substring(end + 4));
    }
}
