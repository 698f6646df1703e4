package org.eregistrations.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eregistrations.engine.derivation.FileValues;

/**
 * G(N) as a rule bundle folder a configurator could have written: {@code service.yaml}, the rules, and a scenario
 * whose expectations come from the plain-Java reference, so the activation gate really checks the rules.
 */
public final class GeneratedBundle {
    private GeneratedBundle() {}

    /** Writes G(n) into {@code dir}; {@code revision} changes the content, so each revision is a new version. */
    public static Path write(int n, int revision, Path dir) {
        GeneratedService service = GeneratedService.of(n);
        try {
            Files.createDirectories(dir.resolve("scenarios"));
            Files.writeString(dir.resolve("service.yaml"), catalogue(service), StandardCharsets.UTF_8);
            Files.writeString(
                    dir.resolve(GeneratedService.RULES_PATH.replace("rules/", "")),
                    service.drl() + "\n// revision " + revision + "\n",
                    StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("scenarios/initial.yaml"), scenario(service), StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String catalogue(GeneratedService service) {
        int n = service.n();
        StringBuilder yaml = new StringBuilder();
        yaml.append("id: ").append(service.serviceId()).append('\n');
        yaml.append("name: {en: Generated service G(")
                .append(n)
                .append("), es: Servicio generado G(")
                .append(n)
                .append(")}\n");
        yaml.append("affidavit: {en: I declare it true., es: Declaro que es verdad.}\n");
        yaml.append("questions:\n");
        for (int i = 0; i < service.questionCount(); i++) {
            String q = GDefinition.question(i);
            yaml.append("  ")
                    .append(q)
                    .append(": {label: {en: Question ")
                    .append(q)
                    .append(", es: Pregunta ")
                    .append(q)
                    .append("}, type: yesNo}\n");
        }
        yaml.append("registrations:\n");
        for (int i = 0; i < n; i++) {
            String r = GDefinition.registration(i);
            yaml.append("  ")
                    .append(r)
                    .append(": {name: {en: Registration ")
                    .append(r)
                    .append(", es: Registro ")
                    .append(r)
                    .append("}, mandatory: ")
                    .append(GDefinition.mandatory(i))
                    .append(", applicable: rules}\n");
        }
        yaml.append("requirements:\n");
        for (int j = 0; j < n; j++) {
            String d = GDefinition.requirement(j);
            yaml.append("  ")
                    .append(d)
                    .append(": {name: {en: Requirement ")
                    .append(d)
                    .append(", es: Requisito ")
                    .append(d)
                    .append("}, upload: false}\n");
        }
        yaml.append("costs:\n");
        for (int i = 0; i < n; i++) {
            String c = GDefinition.cost(i);
            yaml.append("  ")
                    .append(c)
                    .append(": {name: {en: Cost ")
                    .append(c)
                    .append(", es: Costo ")
                    .append(c)
                    .append("}, amount: 0}\n");
        }
        return yaml.toString();
    }

    static String scenario(GeneratedService service) {
        FileValues values = service.initialValues();
        GSets expected = new PlainJavaG(service.n()).derive(values);
        StringBuilder yaml =
                new StringBuilder("scenario: Every question answered yes, every even registration checked\n");
        yaml.append("given:\n  answers: {");
        yaml.append(String.join(
                ", ", values.answers().keySet().stream().map(q -> q + ": true").toList()));
        yaml.append("}\n  checked: ")
                .append(list(List.copyOf(values.checked())))
                .append('\n');
        yaml.append("expect:\n");
        yaml.append("  registrations.requested: ")
                .append(list(expected.registrationsRequested()))
                .append('\n');
        yaml.append("  requirements.applicable: ")
                .append(list(expected.requirementsApplicable()))
                .append('\n');
        yaml.append("  costs.payable: ").append(list(expected.costsPayable())).append('\n');
        yaml.append("  costs.total: ").append(expected.total().toPlainString()).append('\n');
        return yaml.toString();
    }

    private static String list(List<String> ids) {
        return "[" + String.join(", ", ids) + "]";
    }
}
