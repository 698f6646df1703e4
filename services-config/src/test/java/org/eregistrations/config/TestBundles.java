package org.eregistrations.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small valid bundle to write into a folder, with any file replaced or edited to break it on purpose. */
public final class TestBundles {
    public static final String SERVICE_YAML =
            """
            id: permit
            name: {en: Permit, es: Permiso}
            affidavit: {en: I declare it true., es: Declaro que es verdad.}
            institutions:
              office: {name: {en: Office, es: Oficina}}
            questions:
              isImporter:
                label: {en: Importer, es: Importador}
                type: yesNo
            registrations:
              permit:
                name: {en: Permit, es: Permiso}
                mandatory: true
                institution: office
                certificates: [permit]
                requirements: [identity]
                costs: [fee]
              importLicence:
                name: {en: Import licence, es: Licencia de importación}
                certificates: [importLicence]
            certificates:
              permit: {name: {en: Permit, es: Permiso}}
              importLicence: {name: {en: Import licence, es: Licencia de importación}}
            requirements:
              identity: {name: {en: Identity, es: Identidad}}
            costs:
              fee: {name: {en: Fee, es: Tasa}, amount: 10}
            dataForms:
              holder:
                name: {en: Holder, es: Titular}
                fields:
                  holderName: {label: {en: Name, es: Nombre}, type: text, required: true}
            processingSteps:
              review: {name: {en: Review, es: Revisión}, role: officer}
              approval: {name: {en: Approval, es: Aprobación}, role: manager, after: [review]}
            """;

    public static final String RULES_DRL =
            """
            package rules.permit

            rule "Importers may ask for the import licence"
            when
                Answer(name == "isImporter", flag == true)
            then
                insertLogical(new Applicable(Kind.REGISTRATION, "importLicence"));
            end
            """;

    public static final String SCENARIO_YAML =
            """
            scenario: Importers see the import licence
            given:
              answers: {isImporter: true}
            expect:
              registrations.optional: [importLicence]
              certificates.applicable: [permit]
              costs.total: 10
            """;

    private final Map<String, String> files = new LinkedHashMap<>();

    private TestBundles() {
        files.put("service.yaml", SERVICE_YAML);
        files.put("rules.drl", RULES_DRL);
        files.put("scenarios/importer.yaml", SCENARIO_YAML);
    }

    public static TestBundles valid() {
        return new TestBundles();
    }

    public TestBundles with(String path, String content) {
        files.put(path, content);
        return this;
    }

    /** Leaves a file out of the bundle, failing when the bundle has no such file. */
    public TestBundles without(String path) {
        if (files.remove(path) == null) {
            throw new IllegalArgumentException("the bundle has no file " + path);
        }
        return this;
    }

    /** Replaces text in a file, failing when the text is not there so a fixture cannot silently drift. */
    public TestBundles replace(String path, String text, String replacement) {
        String content = files.get(path);
        if (content == null || !content.contains(text)) {
            throw new IllegalArgumentException(path + " does not contain: " + text);
        }
        files.put(path, content.replace(text, replacement));
        return this;
    }

    public Path writeTo(Path dir) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
