package org.eregistrations.web.site;

import io.vertx.core.MultiMap;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Whether a request comes from this machine: its peer is a loopback address and no proxy forwarded it (a proxy on this
 * machine makes every visitor look local, but says so in its headers). Used for pages meant only for the developer at
 * the machine, such as the development mail page with its confirmation and reset links.
 */
final class LoopbackOnly {
    /** An IP address literal (v4 dotted, or v6 with colons), so that looking it up never asks a name server. */
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private static final String[] FORWARDING_HEADERS = {
        "Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Real-IP", "X-Client-IP"
    };

    private LoopbackOnly() {}

    static boolean allows(String peerAddress, MultiMap headers) {
        for (String header : FORWARDING_HEADERS) {
            if (headers.contains(header)) {
                return false;
            }
        }
        if (peerAddress == null || !IP_LITERAL.matcher(peerAddress).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(peerAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
