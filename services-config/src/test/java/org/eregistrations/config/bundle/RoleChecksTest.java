package org.eregistrations.config.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.eregistrations.config.TestBundles;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.yaml.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue's {@code roles} label the roles of its processing steps, and every step's role is one of them. */
class RoleChecksTest {
    private static final String STEPS = "processingSteps:\n";
    private static final String ROLES =
            """
            roles:
              officer: {label: {en: Permit officer, es: Oficial de permisos}}
              manager: {label: {en: Permit manager, es: Jefe de permisos}}
            processingSteps:
            """;

    @TempDir
    Path dir;

    private CompiledBundle compile(String roles) {
        return new BundleCompiler()
                .compile(TestBundles.valid()
                        .replace("service.yaml", STEPS, roles)
                        .writeTo(dir));
    }

    private static List<String> problems(CompiledBundle compiled) {
        return compiled.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void declaredRolesGiveTheirLabelsAndUndeclaredOnesAreNamedByTheirId() {
        CompiledBundle compiled = compile(ROLES);

        assertThat(problems(compiled)).isEmpty();
        Catalogue catalogue = compiled.bundle().orElseThrow().catalogue();
        assertThat(catalogue.roleLabel("officer", "es")).isEqualTo("Oficial de permisos");
        assertThat(catalogue.roleLabel("manager", "en")).isEqualTo("Permit manager");
        assertThat(catalogue.roleLabel("auditor", "en")).isEqualTo("auditor");
    }

    @Test
    void withoutRolesEveryStepRoleIsNamedByItsId() {
        CompiledBundle compiled = compile(STEPS);

        assertThat(problems(compiled)).isEmpty();
        assertThat(compiled.bundle().orElseThrow().catalogue().roleLabel("officer", "en"))
                .isEqualTo("officer");
    }

    @Test
    void aStepWhoseRoleIsNotDeclaredIsAnErrorAtItsLine() {
        CompiledBundle compiled = compile(ROLES.replace("  manager:", "  managr:"));

        assertThat(compiled.isValid()).isFalse();
        assertThat(problems(compiled))
                .contains("service.yaml:38: processing step 'approval' is worked by role 'manager', which roles does"
                        + " not declare; declared: officer, managr");
    }

    @Test
    void aStepMayBeWorkedByAnyOfSeveralRolesEachOfThemDeclared() {
        CompiledBundle compiled = new BundleCompiler()
                .compile(TestBundles.valid()
                        .replace("service.yaml", STEPS, ROLES)
                        .replace("service.yaml", "role: manager", "role: [manager, deputy]")
                        .writeTo(dir));

        assertThat(problems(compiled))
                .containsExactly("service.yaml:38: processing step 'approval' is worked by role 'deputy', which roles"
                        + " does not declare; declared: officer, manager");
        assertThat(compiled.bundle().orElseThrow().catalogue().processingSteps())
                .extracting(step -> step.roles())
                .containsExactly(List.of("officer"), List.of("manager", "deputy"));
    }

    @Test
    void aRoleThatWorksNoStepIsAWarningAndItsLabelIsTranslated() {
        CompiledBundle compiled =
                compile(ROLES.replace("processingSteps:\n", "  auditor: {label: {en: Auditor}}\nprocessingSteps:\n"));

        assertThat(problems(compiled))
                .containsExactlyInAnyOrder(
                        "service.yaml:36: warning: role 'auditor' works no processing step",
                        "service.yaml:36: role 'auditor' label has no 'es' translation");
    }
}
