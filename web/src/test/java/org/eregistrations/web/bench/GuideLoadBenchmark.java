package org.eregistrations.web.bench;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eregistrations.web.account.Accounts;
import org.eregistrations.web.account.Roles;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Server time of live updates under 20 concurrent investors — a guide update (htmx POST of changed answers: validate,
 * append the events, derive with the company service's rules, render the results) and a data-form update (the whole
 * form posted, one field changed) — next to a static file served by the same server in the same run, over loopback
 * with one keep-alive connection per investor. Also the process CPU time per request (client threads included, so
 * the static file's figure is the floor). Writes {@code web/target/benchmarks/guide-load.txt}:
 *
 * <pre>
 * ./mvnw -B -pl web -am test -Dtest=GuideLoadBenchmark -Dexcluded.test.groups=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@QuarkusTest
@Tag("benchmark")
class GuideLoadBenchmark {
    private static final Logger LOG = Logger.getLogger(GuideLoadBenchmark.class);
    private static final int INVESTORS = 20;
    private static final int WARMUP = 50;
    private static final int REQUESTS = 150;

    @TestHTTPResource("/")
    URL base;

    @Inject
    Accounts accounts;

    @Test
    void liveGuideUpdatesNextToAStaticFile() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<LoadInvestor> investors = new ArrayList<>();
        for (int i = 0; i < INVESTORS; i++) {
            String user = "load-" + run + "-" + i;
            String hash = new String(
                    at.favre.lib.crypto.bcrypt.BCrypt.withDefaults().hash(4, (user + "-password").toCharArray()),
                    StandardCharsets.UTF_8);
            accounts.createConfirmed(user, user + "@example.com", user, hash, List.of(Roles.INVESTOR), null, false);
            investors.add(new LoadInvestor(base, user));
        }
        ExecutorService pool = Executors.newFixedThreadPool(INVESTORS);
        try {
            WarmUp warmUp = new WarmUp();
            int first = warmUp.run(
                    pool,
                    investors,
                    List.of(
                            LoadInvestor::updateGuide,
                            LoadInvestor::updateData,
                            (investor, i) -> investor.staticFile()),
                    WARMUP);
            LoadRun guide = Profiled.run(
                    "guide update", () -> LoadRun.measure(pool, investors, LoadInvestor::updateGuide, first, REQUESTS));
            LoadRun data = Profiled.run(
                    "data-form update",
                    () -> LoadRun.measure(pool, investors, LoadInvestor::updateData, first, REQUESTS));
            LoadRun file = LoadRun.measure(pool, investors, (investor, i) -> investor.staticFile(), 0, REQUESTS);
            String report = String.format(
                            Locale.ROOT,
                            "%nGuideLoadBenchmark: %d concurrent investors, %d requests each, loopback, %d cores%n",
                            INVESTORS,
                            REQUESTS,
                            Runtime.getRuntime().availableProcessors())
                    + guide.line("live guide update (company-registration):")
                    + data.line("data-form update (company-registration):")
                    + file.line("static file /css/site.css:")
                    + guide.ratio("guide", file)
                    + data.ratio("data", file)
                    + warmUp.summary();
            Path out = Path.of("target/benchmarks/guide-load.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            LOG.info(report);
        } finally {
            pool.shutdownNow();
        }
    }
}
