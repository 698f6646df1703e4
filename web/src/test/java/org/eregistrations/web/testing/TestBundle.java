package org.eregistrations.web.testing;

import static org.eregistrations.web.testing.FileApi.as;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A small permit service to upload as a zip; version 2 adds a requirement and a processing step. */
public final class TestBundle {
    private final Map<String, String> files = new LinkedHashMap<>();

    private TestBundle(String serviceId, boolean withProofOfAddress) {
        String requirements = withProofOfAddress ? "[identity, proofOfAddress]" : "[identity]";
        String inspection = withProofOfAddress
                ? "  inspection: {name: {en: Inspection, es: Inspección}, role: licensingOfficer, after: [review]}\n"
                : "";
        files.put(
                "service.yaml",
                """
                id: %s
                name: {en: Permit, es: Permiso}
                affidavit: {en: True., es: Verdad.}
                questions:
                  isImporter: {label: {en: Importer, es: Importador}, type: yesNo}
                registrations:
                  permit:
                    name: {en: Permit, es: Permiso}
                    requirements: %s
                    costs: [fee]
                requirements:
                  identity: {name: {en: Identity, es: Identidad}, upload: false}
                  proofOfAddress: {name: {en: Proof of address, es: Domicilio}, upload: false}
                costs:
                  fee: {name: {en: Fee, es: Tasa}, amount: 0}
                processingSteps:
                  review: {name: {en: Review, es: Revisión}, role: licensingOfficer}
                """
                                .formatted(serviceId, requirements)
                        + inspection);
        files.put(
                "rules.drl",
                """
                package rules.permit
                rule "Importers pay a fee"
                when
                    Answer(name == "isImporter", flag == true)
                then
                    insertLogical(new Amount("fee", 10));
                end
                """);
        files.put(
                "scenarios/fee.yaml",
                """
                scenario: Importers pay 10
                given:
                  answers: {isImporter: true}
                expect:
                  costs.total: 10
                  requirements.applicable: %s
                """
                        .formatted(requirements));
    }

    public static TestBundle version1(String serviceId) {
        return new TestBundle(serviceId, false);
    }

    public static TestBundle version2(String serviceId) {
        return new TestBundle(serviceId, true);
    }

    public TestBundle with(String path, String content) {
        files.put(path, content);
        return this;
    }

    public TestBundle without(String path) {
        files.remove(path);
        return this;
    }

    public String text(String path) {
        return files.get(path);
    }

    public byte[] zip() {
        return zip(Map.of());
    }

    /** The bundle in a folder of a zip, followed by these further entries (a name ending in / is a folder). */
    public byte[] zip(Map<String, byte[]> extra) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        files.forEach((path, text) -> entries.put("bundle/" + path, text.getBytes(StandardCharsets.UTF_8)));
        entries.putAll(extra);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The zip with one of its entries marked a symbolic link in the central directory, as the zip tool of a Unix
     * system stores one (made by Unix, file mode 0120777).
     */
    public static byte[] markedAsSymbolicLink(byte[] zip, String name) {
        byte[] marked = zip.clone();
        ByteBuffer bytes = ByteBuffer.wrap(marked).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 + wanted.length <= marked.length; at++) {
            if (bytes.getInt(at) == 0x02014b50
                    && Short.toUnsignedInt(bytes.getShort(at + 28)) == wanted.length
                    && Arrays.equals(Arrays.copyOfRange(marked, at + 46, at + 46 + wanted.length), wanted)) {
                bytes.putShort(at + 4, (short) (3 << 8 | 20));
                bytes.putInt(at + 38, 0120777 << 16);
                return marked;
            }
        }
        throw new AssertionError("no entry " + name);
    }

    /** Uploads the bundle as the configurator and waits for the outcome of the attempt. */
    public Map<String, Object> upload() {
        String attempt = as("configurator")
                .contentType("application/zip")
                .body(zip())
                .post("/api/rulesets")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Map<String, Object> outcome = as("configurator")
                    .get("/api/rulesets/attempts/" + attempt)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("");
            if (!"pending".equals(outcome.get("status"))) {
                return outcome;
            }
            sleep();
        }
        throw new AssertionError("attempt " + attempt + " still pending after 60 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
