package org.eregistrations.web.configure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.web.testing.FileApi.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eregistrations.web.testing.TestBundle;
import org.junit.jupiter.api.Test;

/**
 * The rule sandbox on a live instance: a bundle uploaded by a configurator that tries to run code on the server is
 * refused at its {@code file:line}, none of its code runs, and the version that served before keeps serving.
 */
@QuarkusTest
class RuleSandboxUploadTest {
    private static final String ESCAPE =
            """
            package rules.permit
            rule "Importers pay a fee"
            when
                Answer(name == "isImporter", flag == true)
            then
                insertLogical(new Amount("fee", 10));
                java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "ran");
                System.setProperty("%s", "ran");
            end
            """;

    @Test
    void bundleThatTriesToRunCodeOnTheServerIsRefusedAndNothingOfItRuns() throws IOException {
        String version =
                (String) TestBundle.version1("sandboxed-permit").upload().get("version");
        Path marker = Files.createTempDirectory("sandbox").resolve("marker");
        String property = "eregistrations.sandbox.upload";

        Map<String, Object> attempt = TestBundle.version1("sandboxed-permit")
                .with("rules.drl", ESCAPE.formatted(marker.toString().replace('\\', '/'), property))
                .upload();

        assertThat(attempt.get("status")).isEqualTo("refused");
        @SuppressWarnings("unchecked")
        List<String> messages = (List<String>) attempt.get("messages");
        assertThat(messages)
                .contains(
                        "rules.drl:7:5: the name 'java.nio.file.Files' is not allowed in rules"
                                + " (rules may only read facts and derive facts)",
                        "rules.drl:8:5: the name 'System' is not allowed in rules"
                                + " (rules may only read facts and derive facts)");
        assertThat(marker).doesNotExist();
        assertThat(System.getProperty(property)).isNull();
        as("ana").get("/api/services/sandboxed-permit").then().statusCode(200).body("version", equalTo(version));
    }
}
