package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.FieldType;
import org.eregistrations.config.catalogue.Question;
import org.eregistrations.web.services.PublishedServices.PublishedService;

/**
 * A version tried before it goes live: test answers to its guide and registrations ticked, derived by that version's
 * rules in a throwaway stateless session. Nothing is stored; no file exists.
 */
@ApplicationScoped
public class VersionTrial {
    private final Derivations derivations;

    VersionTrial(Derivations derivations) {
        this.derivations = derivations;
    }

    /** The answers taken (as the file would store them), the ones refused with why, and what the rules derive. */
    public record Trial(Map<String, JsonNode> values, Map<String, String> problems, DerivationView derivation) {}

    /**
     * Derives with a version's rules from answers typed as text (by question id) and the registrations ticked; an
     * answer the version would not store (not a number, not one of the options) is left out and said why.
     */
    public Trial derive(PublishedService service, Map<String, String> answers, Collection<String> checked) {
        Catalogue catalogue = service.catalogue();
        FileSchema schema = new FileSchema(catalogue);
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (Question question : catalogue.questions()) {
            String typed = answers.get(question.id());
            if (typed == null || typed.isBlank()) {
                continue;
            }
            PropertyPath path = new PropertyPath.Answer(question.id());
            JsonNode value = typed(question.type(), typed.strip());
            try {
                schema.read(path, value);
                values.put(path.format(), value);
            } catch (InvalidValueException e) {
                problems.put(question.id(), e.getMessage());
            }
        }
        catalogue.registrations().stream()
                .filter(registration -> checked.contains(registration.id()))
                .forEach(registration ->
                        values.put(new PropertyPath.Checked(registration.id()).format(), BooleanNode.TRUE));
        DerivationView derivation =
                DerivationView.of(derivations.stateless(service.ruleSet(), schema.fileValues(values)));
        return new Trial(values, problems, derivation);
    }

    private static JsonNode typed(FieldType type, String text) {
        switch (type) {
            case YES_NO:
                return "true".equals(text) || "false".equals(text)
                        ? BooleanNode.valueOf(Boolean.parseBoolean(text))
                        : TextNode.valueOf(text);
            case NUMBER:
            case MONEY:
                try {
                    return DecimalNode.valueOf(new BigDecimal(text));
                } catch (NumberFormatException e) {
                    return TextNode.valueOf(text);
                }
            default:
                return TextNode.valueOf(text);
        }
    }
}
