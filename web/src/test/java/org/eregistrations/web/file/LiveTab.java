package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.eregistrations.web.testing.Browser;

/** A browser tab of the investor with a file's guide open, changing answers as htmx posts them. */
final class LiveTab {
    private static final Pattern VERSION = Pattern.compile("name=\"_version\" value=\"(\\d+)\"");
    private static final Pattern TOTAL = Pattern.compile("id=\"total\">([^<]*)<");
    private static final Pattern REQUIREMENT = Pattern.compile("<li id=\"req-([A-Za-z0-9_]+)\"");
    private static final Pattern REGISTRATION = Pattern.compile("id=\"reg-([A-Za-z0-9_]+)\"");

    private final String file;
    private final boolean permit;
    private final Browser browser = new Browser().login("ana", "ana");

    LiveTab(String file, boolean permit) {
        this.file = file;
        this.permit = permit;
    }

    /** What a guide page showed: its version, total, requirements and registrations (of a service with several). */
    record Page(long version, String total, List<String> requirements, List<String> registrations) {
        static Page of(String html) {
            Matcher version = VERSION.matcher(html);
            Matcher total = TOTAL.matcher(html);
            if (!version.find() || !total.find()) {
                throw new AssertionError("not a guide: " + html);
            }
            return new Page(
                    Long.parseLong(version.group(1)),
                    total.group(1),
                    Browser.all(REQUIREMENT, html),
                    Browser.all(REGISTRATION, html));
        }

        /** Whether the page shows this derivation (as the API writes it). */
        boolean shows(JsonNode derivation) {
            NumberFormat money = NumberFormat.getNumberInstance(Locale.ENGLISH);
            money.setMinimumFractionDigits(2);
            money.setMaximumFractionDigits(2);
            JsonNode sets = derivation.path("sets");
            List<String> applicable = strings(sets.path("registrations.applicable"));
            // the amount without the service's currency
            return total.replaceAll("[^0-9.,]", "")
                            .equals(money.format(
                                    new BigDecimal(derivation.path("total").asText())))
                    && requirements.equals(strings(sets.path("requirements.applicable")))
                    && (registrations.isEmpty() && applicable.size() < 2 || registrations.equals(applicable));
        }

        private static List<String> strings(JsonNode array) {
            return StreamSupport.stream(array.spliterator(), false)
                    .map(JsonNode::asText)
                    .toList();
        }
    }

    /** Random answers for a file of the permit or of the company service; a null removes the value. */
    static Map<String, Object> randomAnswers(String service, ThreadLocalRandom random) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("guide.isImporter", random.nextBoolean());
        if (service.equals("company-registration")) {
            answers.put("guide.legalForm", List.of("sole", "sa", "srl").get(random.nextInt(3)));
            answers.put("guide.capital", random.nextInt(1, 100_000));
            answers.put("guide.hasEmployees", random.nextBoolean());
            answers.put("dataForms.firstName", List.of("Ana", "Eva", "Luis").get(random.nextInt(3)));
            answers.put("dataForms.lastName", "Pérez");
            answers.put("dataForms.city", random.nextBoolean() ? "San Salvador" : null);
        }
        return answers;
    }

    void run(
            Rulesets rulesets,
            Map<String, String> files,
            ConcurrentLinkedQueue<LiveAnswersTest.Answer> answers,
            ConcurrentLinkedQueue<String> failures,
            AtomicBoolean running) {
        String service = files.get(file);
        String guide = "/files/" + file + "/guide";
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Set<String> before = rulesets.serving(service);
        Response response = browser.get(guide);
        while (true) {
            if (response.statusCode() != 200) {
                failures.add("tab of " + service + ": " + response.statusCode() + " " + response.asString());
                return;
            }
            Page page = Page.of(response.asString());
            answers.add(new LiveAnswersTest.Answer(
                    file, page.version(), rulesets.since(service, before), null, null, page));
            if (!running.get()) {
                return;
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("_version", String.valueOf(page.version()));
            randomAnswers(service, random).forEach((path, value) -> {
                if (path.startsWith("guide.")) {
                    form.put(path, String.valueOf(value));
                }
            });
            before = rulesets.serving(service);
            response = browser.postPartial(guide, form);
        }
    }
}
