package org.eregistrations.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.eregistrations.config.TestBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceToolTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final ServiceTool tool = new ServiceTool(new PrintStream(output, true, StandardCharsets.UTF_8));

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validateExitsZeroForAValidBundle() {
        TestBundles.valid().writeTo(dir);

        assertThat(tool.run("validate", dir.toString())).isZero();
        assertThat(output()).contains("OK " + dir + ": service permit");
    }

    @Test
    void validateExitsOneAndPrintsFileAndLine() {
        TestBundles.valid()
                .replace("service.yaml", "costs: [fee]", "costs: [fees]")
                .writeTo(dir);

        assertThat(tool.run("validate", dir.toString())).isEqualTo(1);
        assertThat(output())
                .contains(dir + "/service.yaml:12: registration 'permit' refers to unknown cost 'fees'")
                .contains("INVALID");
    }

    @Test
    void testRunsTheScenariosOfEveryBundleInAFolder() {
        TestBundles.valid().writeTo(dir.resolve("permit"));
        TestBundles.valid()
                .replace("service.yaml", "id: permit", "id: licence")
                .replace("scenarios/importer.yaml", "costs.total: 10", "costs.total: 11")
                .writeTo(dir.resolve("licence"));

        assertThat(tool.run("test", dir.toString())).isEqualTo(1);
        assertThat(output())
                .contains("PASSED " + dir.resolve("permit") + ": 1 scenario(s), 1 passed, 0 failed")
                .contains("FAILED " + dir.resolve("licence") + ": 1 scenario(s), 0 passed, 1 failed")
                .contains("costs.total: expected 11 but derived 10");
    }

    @Test
    void testRefusesABundleWithoutScenariosAsTheInstanceDoes() {
        Path bundle = TestBundles.valid().without("scenarios/importer.yaml").writeTo(dir.resolve("permit"));

        assertThat(tool.run("test", bundle.toString())).isEqualTo(1);
        assertThat(output())
                .contains(bundle + ": the bundle has no scenario; scenarios gate activation on a live instance")
                .contains("FAILED " + bundle + ": 0 scenario(s), 0 passed, 0 failed, refused as the instance would");
    }

    @Test
    void testRefusesABundleWhoseFolderIsNotNamedAfterItsService() {
        Path bundle = TestBundles.valid().writeTo(dir.resolve("permit-copy"));

        assertThat(tool.run("test", bundle.toString())).isEqualTo(1);
        assertThat(output())
                .contains(bundle + ": folder 'permit-copy' holds service 'permit'; a bundle's folder is named after"
                        + " its service id")
                .contains("FAILED " + bundle + ": 1 scenario(s), 1 passed, 0 failed, refused");
    }

    @Test
    void validateDoesNotAskForScenariosOrTheFolderName() {
        Path bundle = TestBundles.valid().without("scenarios/importer.yaml").writeTo(dir.resolve("elsewhere"));

        assertThat(tool.run("validate", bundle.toString())).isZero();
    }

    @Test
    void folderWithoutBundlesFails() {
        assertThat(tool.run("test", dir.toString())).isEqualTo(1);
        assertThat(output()).contains("no service.yaml");
    }

    @Test
    void wrongArgumentsPrintUsage() {
        assertThat(tool.run("check")).isEqualTo(2);
        assertThat(output()).contains("usage: service-tool validate <dir>");
    }
}
