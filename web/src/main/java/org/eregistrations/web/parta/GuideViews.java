package org.eregistrations.web.parta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.FieldType;
import org.eregistrations.config.catalogue.Option;
import org.eregistrations.config.catalogue.Question;
import org.eregistrations.config.catalogue.Requirement;
import org.eregistrations.web.file.DerivationView;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.site.Texts;

/** What the guide shows: the applicable questions, the registrations box and the resolved requirements. */
final class GuideViews {
    private final Catalogue catalogue;
    private final DerivationView derived;
    private final Inputs inputs;
    private final String lang;

    GuideViews(Opened opened, String lang) {
        this.catalogue = opened.catalogue();
        this.derived = opened.file().derivation();
        this.inputs = new Inputs(opened.file(), opened.catalogue(), lang);
        this.lang = lang;
    }

    /** A registration in the guide's box. */
    record RegistrationItem(String id, String name, boolean mandatory, boolean checked) {
        public String input() {
            return "registrations." + id + ".checked";
        }
    }

    /** A resolved requirement; {@code choice} when the investor picks the document. */
    record RequirementItem(String id, String name, Input choice, boolean upload) {}

    List<Input> questions(Map<String, String> entered, Map<String, String> problems) {
        List<String> applicable = derived.sets().get("questions.applicable");
        return catalogue.questions().stream()
                .filter(q -> applicable.contains(q.id()))
                .map(q -> question(q, entered, problems))
                .toList();
    }

    private Input question(Question q, Map<String, String> entered, Map<String, String> problems) {
        String path = "guide." + q.id();
        return inputs.input(
                path, "q-" + q.id(), q.label().in(lang), q.type(), q.options(), false, null, entered, problems);
    }

    /**
     * The registrations box; empty for a service with a single registration (nothing to choose). A box the visitor
     * ticked or unticked in a post that could not be saved shows as entered.
     */
    List<RegistrationItem> registrations(Map<String, String> entered) {
        if (catalogue.registrations().size() < 2) {
            return List.of();
        }
        List<String> applicable = derived.sets().get("registrations.applicable");
        List<String> mandatory = derived.sets().get("registrations.mandatory");
        List<String> requested = derived.sets().get("registrations.requested");
        return catalogue.registrations().stream()
                .filter(r -> applicable.contains(r.id()))
                .map(r -> new RegistrationItem(
                        r.id(),
                        r.name().in(lang),
                        mandatory.contains(r.id()),
                        Optional.ofNullable(entered.get("registrations." + r.id() + ".checked"))
                                .map("true"::equals)
                                .orElse(requested.contains(r.id()))))
                .toList();
    }

    List<RequirementItem> requirements(Map<String, String> entered, Map<String, String> problems) {
        List<String> resolved = derived.sets().get("requirements.resolved");
        List<RequirementItem> items = new ArrayList<>();
        for (Requirement requirement : catalogue.requirements()) {
            if (!resolved.contains(requirement.id())) {
                continue;
            }
            Input choice = null;
            if (!requirement.documents().isEmpty()) {
                List<Option> options = requirement.documents().stream()
                        .map(d -> new Option(d, inputs.documentName(d)))
                        .toList();
                choice = inputs.input(
                        "requirements." + requirement.id() + ".document",
                        "r-" + requirement.id(),
                        Texts.get(lang, "guide_choose_document"),
                        FieldType.CHOICE,
                        options,
                        true,
                        null,
                        entered,
                        problems);
            }
            items.add(new RequirementItem(requirement.id(), requirement.name().in(lang), choice, requirement.upload()));
        }
        return items;
    }
}
