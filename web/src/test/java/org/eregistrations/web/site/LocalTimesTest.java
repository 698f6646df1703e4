package org.eregistrations.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.eregistrations.web.AppConfig;
import org.junit.jupiter.api.Test;

/** A moment reads the same as the plain formatter writes it, the zone's name by season, in zones with and without DST. */
class LocalTimesTest {
    @Test
    void aMomentIsWrittenAsThePlainFormatterWritesItInEverySeason() {
        for (String id : List.of("America/El_Salvador", "America/New_York", "Europe/Madrid", "UTC")) {
            ZoneId zone = ZoneId.of(id);
            LocalTimes times = new LocalTimes(config(id));
            DateTimeFormatter plain =
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz").withZone(zone);
            for (Instant moment = Instant.parse("2025-01-01T00:00:00Z");
                    moment.isBefore(Instant.parse("2027-01-01T00:00:00Z"));
                    moment = moment.plus(Duration.ofHours(37))) {
                assertThat(times.minute(moment)).as(id + " " + moment).isEqualTo(plain.format(moment));
                assertThat(times.minute(OffsetDateTime.ofInstant(moment, ZoneOffset.ofHours(3))))
                        .isEqualTo(plain.format(moment));
            }
        }
        assertThat(new LocalTimes(config("UTC")).minute(null)).isEmpty();
    }

    private static AppConfig config(String zone) {
        return (AppConfig) Proxy.newProxyInstance(
                AppConfig.class.getClassLoader(), new Class<?>[] {AppConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("timeZone")) {
                        return Optional.of(zone);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
