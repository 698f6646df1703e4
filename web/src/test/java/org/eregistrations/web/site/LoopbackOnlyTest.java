package org.eregistrations.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

class LoopbackOnlyTest {
    private static final MultiMap NO_HEADERS = MultiMap.caseInsensitiveMultiMap();

    @Test
    void onlyALoopbackPeerIsThisMachine() {
        assertThat(LoopbackOnly.allows("127.0.0.1", NO_HEADERS)).isTrue();
        assertThat(LoopbackOnly.allows("127.8.9.10", NO_HEADERS)).isTrue();
        assertThat(LoopbackOnly.allows("0:0:0:0:0:0:0:1", NO_HEADERS)).isTrue();
        assertThat(LoopbackOnly.allows("::1", NO_HEADERS)).isTrue();
        assertThat(LoopbackOnly.allows("::ffff:127.0.0.1", NO_HEADERS)).isTrue();

        assertThat(LoopbackOnly.allows("203.0.113.9", NO_HEADERS)).isFalse();
        assertThat(LoopbackOnly.allows("10.0.0.1", NO_HEADERS)).isFalse();
        assertThat(LoopbackOnly.allows("2001:db8::1", NO_HEADERS)).isFalse();
        assertThat(LoopbackOnly.allows("::ffff:198.51.100.7", NO_HEADERS)).isFalse();
        assertThat(LoopbackOnly.allows(null, NO_HEADERS)).isFalse();
        // a name is never looked up
        assertThat(LoopbackOnly.allows("localhost", NO_HEADERS)).isFalse();
    }

    @Test
    void aRequestAProxyForwardedIsNotThisMachineEvenFromALoopbackPeer() {
        for (String header : new String[] {"X-Forwarded-For", "Forwarded", "X-Real-IP"}) {
            MultiMap forwarded = MultiMap.caseInsensitiveMultiMap().add(header, "203.0.113.9");
            assertThat(LoopbackOnly.allows("127.0.0.1", forwarded)).as(header).isFalse();
        }
    }
}
