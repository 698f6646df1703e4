package org.eregistrations.config.bundle;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.FormField;
import org.eregistrations.config.catalogue.Question;
import org.eregistrations.config.yaml.Problems;
import org.eregistrations.engine.model.ServiceModel;
import org.eregistrations.engine.ruleset.DerivedRef;
import org.eregistrations.engine.ruleset.RuleInfo;

/** Checks what the rules read and derive against the catalogue, before anything is compiled. */
final class RuleChecks {
    private RuleChecks() {}

    static void check(Catalogue catalogue, ServiceModel model, List<RuleInfo> rules, Problems problems) {
        Set<String> questions = catalogue.questions().stream().map(Question::id).collect(Collectors.toSet());
        Set<String> fields = catalogue.allFields().stream().map(FormField::name).collect(Collectors.toSet());
        for (RuleInfo rule : rules) {
            String what = "rule '" + rule.name() + "'";
            rule.answersRead().stream()
                    .filter(answer -> !questions.contains(answer))
                    .forEach(answer -> problems.error(
                            rule.file(),
                            rule.line(),
                            what + " reads the answer to '" + answer + "' but the catalogue has no such question"));
            rule.fieldsRead().stream()
                    .filter(field -> !fields.contains(field))
                    .forEach(field -> problems.error(
                            rule.file(),
                            rule.line(),
                            what + " reads field '" + field + "' but the catalogue has no such field"));
            for (DerivedRef ref : rule.derives()) {
                if (!model.declares(ref.kind(), ref.id())) {
                    problems.error(
                            rule.file(),
                            rule.line(),
                            what + " derives " + ref.factType() + " of "
                                    + ref.kind().namespace() + " '" + ref.id() + "' but the catalogue declares no such "
                                    + ref.kind().namespace().replaceAll("s$", ""));
                }
            }
        }
        Set<String> read = rules.stream().flatMap(r -> r.answersRead().stream()).collect(Collectors.toSet());
        catalogue.questions().stream()
                .filter(q -> !read.contains(q.id()))
                .forEach(q -> problems.warning(
                        BundleLoader.CATALOGUE_FILE,
                        q.line(),
                        "question '" + q.id() + "' is read by no rule, so the guide never asks it"));
    }
}
