package org.eregistrations.web.configure;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.FormSection;
import org.eregistrations.config.catalogue.Question;
import org.eregistrations.engine.derivation.DerivedSet;
import org.eregistrations.web.file.DerivationView;
import org.eregistrations.web.file.VersionTrial;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.services.PublishedServices.PublishedService;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.site.PageNotFoundException;
import org.eregistrations.web.site.Pages;
import org.eregistrations.web.site.Visit;

/**
 * Trying a version before it goes live: its guide with test answers (the questions it asks for them, as the investor's
 * guide would), the registrations to tick, and every set its rules derive — with amounts, the forms and their fields,
 * and what is still missing. Any stored version can be tried, active or not; nothing is stored by trying.
 */
@Path("/configure/try/{serviceId}/{version}")
@Produces(MediaType.TEXT_HTML)
public class TryPage {
    private static final int MAX_ANSWER = 500;

    private final Configurators configurators;
    private final PublishedServices services;
    private final VersionTrial trial;
    private final Visit visit;
    private final Pages pages;

    TryPage(Configurators configurators, PublishedServices services, VersionTrial trial, Visit visit, Pages pages) {
        this.configurators = configurators;
        this.services = services;
        this.trial = trial;
        this.visit = visit;
        this.pages = pages;
    }

    /** A guide question as the trial form shows it, with what was typed and why it was not taken. */
    public record Asked(String id, String label, String type, List<Choice> options, String value, String problem) {}

    /** An option of a choice, or a registration to tick. */
    public record Choice(String id, String label, boolean chosen) {}

    /** A derived set with the labels of its members. */
    public record Derived(String key, List<Choice> members) {}

    /** A cost that applies, with its amount. */
    public record Amount(String id, String label, BigDecimal amount) {}

    /** A data or submission form that applies, with its fields that apply. */
    public record Form(String id, String label, List<Choice> fields) {}

    /** The version tried. */
    public record Tried(String serviceId, String serviceName, String version, boolean active) {
        public String shortVersion() {
            return Versions.shortened(version);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance trial(
                PageInfo page,
                Tried tried,
                List<Asked> questions,
                List<Choice> registrations,
                List<Derived> sets,
                List<Amount> amounts,
                BigDecimal total,
                List<Form> forms,
                List<String> missing);
    }

    @GET
    public Response show(
            @PathParam("serviceId") String serviceId, @PathParam("version") String version, @Context UriInfo uri) {
        configurators.configurator();
        if (!Versions.named(serviceId) || !Versions.named(version)) {
            throw new PageNotFoundException();
        }
        PublishedService service = services.findVersion(serviceId, version).orElseThrow(PageNotFoundException::new);
        String lang = visit.language().code();
        Map<String, String> answers = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, typed) -> {
            if (name.startsWith("q.") && !typed.isEmpty() && typed.get(0).length() <= MAX_ANSWER) {
                answers.put(name.substring(2), typed.get(0));
            }
        });
        Set<String> checked = new HashSet<>(uri.getQueryParameters().getOrDefault("r", List.of()));
        VersionTrial.Trial result = trial.derive(service, answers, checked);
        DerivationView derived = result.derivation();
        Labelled labels = new Labelled(service.catalogue(), lang);
        Catalogue catalogue = service.catalogue();
        List<Asked> questions = new ArrayList<>();
        for (Question question : catalogue.questions()) {
            if (derived.sets().get(DerivedSet.QUESTIONS_APPLICABLE.key()).contains(question.id())
                    || answers.containsKey(question.id())) {
                String value = answers.getOrDefault(question.id(), "");
                questions.add(new Asked(
                        question.id(),
                        question.label().in(lang),
                        question.type().yamlName(),
                        question.options().stream()
                                .map(o -> new Choice(o.id(), o.label().in(lang), o.id().equals(value)))
                                .toList(),
                        value,
                        result.problems().get(question.id())));
            }
        }
        List<Choice> registrations = derived.sets().get(DerivedSet.REGISTRATIONS_APPLICABLE.key()).stream()
                .map(id -> new Choice(id, labels.of("registrations", id), checked.contains(id)))
                .toList();
        List<Derived> sets = new ArrayList<>();
        derived.sets()
                .forEach((key, members) -> sets.add(new Derived(
                        key,
                        members.stream()
                                .map(id -> new Choice(id, labels.of(key.substring(0, key.indexOf('.')), id), false))
                                .toList())));
        List<String> fields = derived.sets().get(DerivedSet.FIELDS_APPLICABLE.key());
        List<Form> forms = new ArrayList<>();
        List<FormSection> sections = new ArrayList<>(catalogue.dataForms());
        sections.addAll(catalogue.submissionForms());
        for (FormSection section : sections) {
            if (derived.sets().get(DerivedSet.DATA_FORMS_APPLICABLE.key()).contains(section.id())
                    || derived.sets()
                            .get(DerivedSet.SUBMISSION_FORMS_APPLICABLE.key())
                            .contains(section.id())) {
                forms.add(new Form(
                        section.id(),
                        section.name().in(lang),
                        section.fields().stream()
                                .filter(field -> fields.contains(field.name()))
                                .map(field ->
                                        new Choice(field.name(), field.label().in(lang), false))
                                .toList()));
            }
        }
        Tried tried = new Tried(
                serviceId,
                catalogue.name().in(lang),
                version,
                services.find(serviceId)
                        .map(active ->
                                !active.retired() && active.ruleSet().version().equals(version))
                        .orElse(false));
        return pages.html(Templates.trial(
                visit.info(),
                tried,
                questions,
                registrations,
                sets,
                derived.amounts().entrySet().stream()
                        .map(amount ->
                                new Amount(amount.getKey(), labels.of("costs", amount.getKey()), amount.getValue()))
                        .toList(),
                derived.total(),
                forms,
                derived.missing()));
    }
}
