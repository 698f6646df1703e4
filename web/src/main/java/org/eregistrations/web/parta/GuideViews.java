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
import org.eregistrations.engine.derivation.DerivedSet;
import org.eregistrations.web.file.DerivationView;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.PropertyPath;
import org.eregistrations.web.file.PropertyPath.Answer;
import org.eregistrations.web.file.PropertyPath.Checked;
import org.eregistrations.web.file.PropertyPath.DocumentChoice;
import org.eregistrations.web.site.Texts;

/** What the guide shows: the applicable questions, the registrations box and the documents that will be asked. */
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
            return new Checked(id).format();
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
        PropertyPath path = new Answer(q.id());
        return inputs.input(
                path.format(),
                InputIds.of(path),
                q.label().in(lang),
                q.type(),
                q.options(),
                q.required(),
                q.asField(),
                entered,
                problems);
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
                        Optional.ofNullable(entered.get(new Checked(r.id()).format()))
                                .map("true"::equals)
                                .orElse(requested.contains(r.id()))))
                .toList();
    }

    /**
     * The documents that will be asked: the applicable requirements, not every one the requested registrations
     * resolve to (a rule may find one not applicable, e.g. a health certificate for a trader who sells no food).
     */
    List<RequirementItem> requirements(Map<String, String> entered, Map<String, String> problems) {
        List<String> applicable = derived.sets().get(DerivedSet.REQUIREMENTS_APPLICABLE.key());
        List<RequirementItem> items = new ArrayList<>();
        for (Requirement requirement : catalogue.requirements()) {
            if (!applicable.contains(requirement.id())) {
                continue;
            }
            Input choice = null;
            if (!requirement.documents().isEmpty()) {
                List<Option> options = requirement.documents().stream()
                        .map(d -> new Option(d, inputs.documentName(d)))
                        .toList();
                PropertyPath path = new DocumentChoice(requirement.id());
                choice = inputs.input(
                        path.format(),
                        InputIds.of(path),
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
