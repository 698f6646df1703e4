package org.eregistrations.config.catalogue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.eregistrations.config.yaml.Problems;
import org.eregistrations.config.yaml.YamlMap;

/**
 * The keys of {@code service.yaml} that set something for the whole service rather than declare a member: the
 * currency of its amounts, the limits of values, and the paths that name a certificate's holder and a file's title.
 */
final class ServiceSettings {
    private ServiceSettings() {}

    /** Reports, at their line, a holder or title path that names no question or form field of the catalogue. */
    static void checkPaths(Catalogue catalogue, YamlMap yaml, String file, Problems problems) {
        catalogue
                .certificateHolderPath()
                .filter(path -> !isFormFieldPath(catalogue, path))
                .ifPresent(path -> problems.error(
                        file,
                        yaml.line("certificateHolder"),
                        "certificateHolder '" + path + "' must name a field of a data or submission form,"
                                + " e.g. dataForms.companyName"));
        for (String path : catalogue.fileTitlePaths()) {
            boolean question = path.startsWith("guide.")
                    && catalogue.question(path.substring("guide.".length())).isPresent();
            if (!question && !isFormFieldPath(catalogue, path)) {
                problems.error(
                        file,
                        yaml.line("fileTitle"),
                        "fileTitle '" + path + "' must name a guide question or a field of a data or submission form,"
                                + " e.g. dataForms.companyName");
            }
        }
    }

    private static boolean isFormFieldPath(Catalogue catalogue, String path) {
        int dot = path.indexOf('.');
        String namespace = dot < 0 ? "" : path.substring(0, dot);
        String name = path.substring(dot + 1);
        List<FormSection> sections =
                switch (namespace) {
                    case "dataForms" -> catalogue.dataForms();
                    case "submissionForms" -> catalogue.submissionForms();
                    default -> List.of();
                };
        return sections.stream().flatMap(section -> section.fields().stream()).anyMatch(f -> f.name()
                .equals(name));
    }

    /** The ISO 4217 code of the currency of the service's amounts, e.g. {@code EUR}; none when not declared. */
    static String currency(YamlMap yaml) {
        Optional<String> code = yaml.string("currency");
        if (code.isPresent() && !isIsoCurrency(code.get())) {
            yaml.problems()
                    .error(
                            yaml.file(),
                            yaml.line("currency"),
                            "currency '" + code.get() + "' must be an ISO 4217 code such as EUR or USD");
            return null;
        }
        return code.orElse(null);
    }

    private static boolean isIsoCurrency(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static Limits limits(YamlMap limits) {
        return new Limits(
                atLeastOne(limits, "maxLength", Limits.DEFAULT.maxLength()),
                atLeastOne(limits, "maxEntries", Limits.DEFAULT.maxEntries()));
    }

    private static int atLeastOne(YamlMap item, String key, int otherwise) {
        return item.decimal(key)
                .flatMap(value -> {
                    if (value.signum() > 0
                            && value.stripTrailingZeros().scale() <= 0
                            && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                        return Optional.of(value.intValue());
                    }
                    item.problems()
                            .error(item.file(), item.line(key), "'" + key + "' must be a whole number of at least 1");
                    return Optional.empty();
                })
                .orElse(otherwise);
    }
}
