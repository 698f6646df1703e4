package org.eregistrations.web.parta;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.Certificate;
import org.eregistrations.config.catalogue.Cost;
import org.eregistrations.config.catalogue.FieldType;
import org.eregistrations.config.catalogue.FormField;
import org.eregistrations.config.catalogue.FormSection;
import org.eregistrations.config.catalogue.Labels;
import org.eregistrations.config.catalogue.Option;
import org.eregistrations.config.catalogue.Question;
import org.eregistrations.config.catalogue.Requirement;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.web.file.DerivationView;
import org.eregistrations.web.file.FileSchema;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.FileView;
import org.eregistrations.web.site.Texts;

/**
 * What the file pages show, built from a file, the catalogue of its version and what the rules derived, in the
 * visitor's language: the tabs with their progress, the guide, the form sections, the uploads, the costs, and what is
 * still missing with links to where it is filled in.
 */
final class FileViews {
    static final List<String> TABS = List.of("guide", "data", "documents", "payments", "send");
    private static final Pattern LIST_ENTRY = Pattern.compile("dataForms\\.([A-Za-z0-9_]+)\\[(\\d+)]\\..+");

    private final FileView file;
    private final Catalogue catalogue;
    private final DerivationView derived;
    private final String lang;

    FileViews(Opened opened, String lang) {
        this.file = opened.file();
        this.catalogue = opened.catalogue();
        this.derived = opened.file().derivation();
        this.lang = lang;
    }

    /** The file's heading on every page of it. */
    record Header(
            String id,
            String service,
            String status,
            String statusText,
            boolean editable,
            List<Tab> tabs,
            String current,
            boolean changedElsewhere) {
        public String href(String tab) {
            return "/files/" + id + "/" + tab;
        }

        public String overviewKey() {
            return "overview_" + status;
        }
    }

    /** A step of the file's pages, with how many things are still missing there. */
    record Tab(String key, String label, String href, boolean current, int missing) {
        public boolean done() {
            return missing == 0;
        }
    }

    /** Something the file still needs, with a link to where it is given. */
    record MissingItem(String label, String href) {}

    /** A registration in the guide's box. */
    record RegistrationItem(String id, String name, boolean mandatory, boolean checked) {
        public String input() {
            return "registrations." + id + ".checked";
        }
    }

    /** A resolved requirement; {@code choice} when the investor picks the document. */
    record RequirementItem(String id, String name, Input choice, boolean upload) {}

    /** A cost with its amount as shown. */
    record CostItem(String id, String name, String amount, boolean payable) {}

    /** A form section with its inputs; a list field is drawn as entries. */
    record Section(String id, String name, List<Row> rows) {}

    /** A row of a section: one input, or a list with its entries. */
    record Row(Input input, ListField list) {}

    /** A list field (e.g. shareholders): entries of inputs, each removable, and one more to add. */
    record ListField(String name, String label, List<List<Input>> entries) {}

    /** An upload asked of the file, with what was uploaded so far. */
    record UploadItem(String id, String name, String detail, String fileName, String size, String problem) {}

    /** A value the rules computed from the data. */
    record ComputedItem(String name, String value) {}

    Header header(String current) {
        return header(current, false);
    }

    /** The heading, saying when the visitor's entries could not be saved because the file changed elsewhere. */
    Header header(String current, boolean changedElsewhere) {
        Map<String, Integer> missing = new LinkedHashMap<>();
        TABS.forEach(tab -> missing.put(tab, 0));
        for (String path : derived.missing()) {
            missing.merge(area(path), 1, Integer::sum);
        }
        List<Tab> tabs = TABS.stream()
                .map(tab -> new Tab(
                        tab,
                        Texts.get(lang, "tab_" + tab),
                        "/files/" + file.id() + "/" + tab,
                        tab.equals(current),
                        missing.get(tab)))
                .toList();
        return new Header(
                file.id().toString(),
                catalogue.name().in(lang),
                file.status(),
                Texts.get(lang, "status_" + file.status()),
                editable(),
                tabs,
                current,
                changedElsewhere);
    }

    boolean editable() {
        FileStatus status = FileStatus.valueOf(file.status());
        return status.isEditableByInvestor();
    }

    // ---- guide ----

    List<Input> questions(Map<String, String> entered, Map<String, String> problems) {
        List<String> applicable = derived.sets().get("questions.applicable");
        return catalogue.questions().stream()
                .filter(q -> applicable.contains(q.id()))
                .map(q -> question(q, entered, problems))
                .toList();
    }

    private Input question(Question q, Map<String, String> entered, Map<String, String> problems) {
        String path = "guide." + q.id();
        return input(path, "q-" + q.id(), q.label().in(lang), q.type(), q.options(), false, null, entered, problems);
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
                        .map(d -> new Option(d, documentName(d)))
                        .toList();
                choice = input(
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

    List<CostItem> costs() {
        List<String> applicable = derived.sets().get("costs.applicable");
        List<String> payable = derived.sets().get("costs.payable");
        return catalogue.costs().stream()
                .filter(c -> applicable.contains(c.id()))
                .map(c -> new CostItem(
                        c.id(),
                        c.name().in(lang),
                        money(derived.amounts().getOrDefault(c.id(), c.amount())),
                        payable.contains(c.id())))
                .toList();
    }

    String total() {
        return money(derived.total());
    }

    // ---- forms ----

    /** The applicable sections of data forms or submission forms with their applicable fields. */
    List<Section> sections(
            boolean submission, Map<String, String> entered, Map<String, String> problems, Map<String, Integer> extra) {
        List<FormSection> forms = submission ? catalogue.submissionForms() : catalogue.dataForms();
        List<String> applicable =
                derived.sets().get(submission ? "submissionForms.applicable" : "dataForms.applicable");
        Set<String> fields = Set.copyOf(derived.sets().get("fields.applicable"));
        String prefix = submission ? "submissionForms." : "dataForms.";
        List<Section> sections = new ArrayList<>();
        for (FormSection form : forms) {
            if (!applicable.contains(form.id())) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            for (FormField field : form.fields()) {
                if (!fields.contains(field.name())) {
                    continue;
                }
                if (field.type() == FieldType.LIST) {
                    rows.add(new Row(null, list(prefix, field, fields, entered, problems, extra)));
                } else {
                    rows.add(new Row(
                            input(
                                    prefix + field.name(),
                                    "f-" + field.name(),
                                    field.label().in(lang),
                                    field.type(),
                                    field.options(),
                                    field.required(),
                                    field,
                                    entered,
                                    problems),
                            null));
                }
            }
            sections.add(new Section(form.id(), form.name().in(lang), rows));
        }
        return sections;
    }

    private ListField list(
            String prefix,
            FormField list,
            Set<String> applicable,
            Map<String, String> entered,
            Map<String, String> problems,
            Map<String, Integer> extra) {
        int count = Math.max(
                entries(list.name()), list.min() == null ? 0 : list.min().intValue());
        count += extra.getOrDefault(list.name(), 0);
        count = Math.max(count, 1);
        List<List<Input>> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Input> inputs = new ArrayList<>();
            for (FormField sub : list.fields()) {
                String name = list.name() + "." + sub.name();
                if (!applicable.contains(name) && !applicable.contains(list.name())) {
                    continue;
                }
                inputs.add(input(
                        prefix + list.name() + "[" + i + "]." + sub.name(),
                        "f-" + list.name() + "-" + i + "-" + sub.name(),
                        sub.label().in(lang),
                        sub.type(),
                        sub.options(),
                        sub.required(),
                        sub,
                        entered,
                        problems));
            }
            entries.add(inputs);
        }
        return new ListField(list.name(), list.label().in(lang), entries);
    }

    /** How many entries a list has stored: one more than the highest index with a value. */
    int entries(String list) {
        int count = 0;
        for (String path : file.values().keySet()) {
            Matcher entry = LIST_ENTRY.matcher(path);
            if (entry.matches() && entry.group(1).equals(list)) {
                count = Math.max(count, Integer.parseInt(entry.group(2)) + 1);
            }
        }
        return count;
    }

    List<String> paths(List<Section> sections) {
        List<String> paths = new ArrayList<>();
        for (Section section : sections) {
            for (Row row : section.rows()) {
                if (row.input() != null) {
                    paths.add(row.input().name());
                } else {
                    row.list().entries().forEach(entry -> entry.forEach(input -> paths.add(input.name())));
                }
            }
        }
        return paths;
    }

    List<ComputedItem> computed() {
        List<ComputedItem> items = new ArrayList<>();
        derived.computed()
                .forEach((name, value) -> items.add(new ComputedItem(computedLabel(name), String.valueOf(value))));
        return items;
    }

    private String computedLabel(String name) {
        return catalogue.field(name).map(f -> f.label().in(lang)).orElseGet(() -> {
            String key = "computed_" + name;
            return Texts.has(key) ? Texts.get(lang, key) : name;
        });
    }

    // ---- uploads ----

    List<UploadItem> requirementUploads(Map<String, String> problems) {
        List<String> asked = derived.sets().get("requirementUploads.applicable");
        List<UploadItem> items = new ArrayList<>();
        for (Requirement requirement : catalogue.requirements()) {
            if (!asked.contains(requirement.id())) {
                continue;
            }
            String chosen = derived.chosenDocuments().get(requirement.id());
            items.add(upload(
                    "requirementUploads",
                    requirement.id(),
                    requirement.name().in(lang),
                    chosen == null ? null : documentName(chosen).in(lang),
                    problems));
        }
        return items;
    }

    List<UploadItem> receiptUploads(Map<String, String> problems) {
        List<String> asked = derived.sets().get("paymentReceiptUploads.applicable");
        List<UploadItem> items = new ArrayList<>();
        for (Cost cost : catalogue.costs()) {
            if (asked.contains(cost.id())) {
                items.add(upload(
                        "paymentReceiptUploads",
                        cost.id(),
                        cost.name().in(lang),
                        money(derived.amounts().getOrDefault(cost.id(), cost.amount())),
                        problems));
            }
        }
        return items;
    }

    private UploadItem upload(String namespace, String id, String name, String detail, Map<String, String> problems) {
        JsonNode stored = file.values().get(namespace + "." + id);
        return new UploadItem(
                id,
                name,
                detail,
                stored == null ? null : stored.path("name").asText(),
                stored == null ? null : size(stored.path("size").asLong()),
                problems.get(id));
    }

    // ---- what is missing ----

    List<MissingItem> missing() {
        return derived.missing().stream()
                .map(path -> new MissingItem(missingLabel(path), missingHref(path)))
                .toList();
    }

    /** Which page gives a missing item. */
    String area(String path) {
        if (path.startsWith("questions") || path.startsWith("registrations") || path.startsWith("requirements.")) {
            return "guide";
        }
        if (path.startsWith("requirementUploads")) {
            return "documents";
        }
        if (path.startsWith("paymentReceiptUploads")) {
            return "payments";
        }
        if (path.startsWith("submissionForms")) {
            return "send";
        }
        if (path.startsWith("fields.")) {
            String name = fieldName(path);
            boolean submission = catalogue.submissionForms().stream()
                    .anyMatch(s -> s.fields().stream().anyMatch(f -> f.name().equals(name)));
            return submission ? "send" : "data";
        }
        return "data";
    }

    private String missingHref(String path) {
        String base = "/files/" + file.id() + "/" + area(path);
        String[] parts = path.split("\\.", 2);
        if (parts.length < 2) {
            return base;
        }
        return switch (parts[0]) {
            case "questions" -> base + "#q-" + parts[1];
            case "requirements" -> base + "#r-" + parts[1];
            case "requirementUploads", "paymentReceiptUploads" -> base + "#u-" + parts[1];
            case "fields" -> base + "#f-"
                    + parts[1].replaceAll("\\[(\\d+)]", "").replace('.', '-');
            case "submissionForms" -> base + "#affidavit";
            default -> base;
        };
    }

    private String missingLabel(String path) {
        String[] parts = path.split("\\.", 2);
        String id = parts.length < 2 ? "" : parts[1].replaceAll("\\[\\d+]", "");
        Optional<String> label =
                switch (parts[0]) {
                    case "questions" -> catalogue.question(id).map(q -> q.label()
                            .in(lang));
                    case "registrations" -> Optional.of(Texts.get(lang, "missing_registrations"));
                    case "requirements", "requirementUploads" -> catalogue.requirements().stream()
                            .filter(r -> r.id().equals(id))
                            .findFirst()
                            .map(r -> r.name().in(lang));
                    case "paymentReceiptUploads" -> catalogue.costs().stream()
                            .filter(c -> c.id().equals(id))
                            .findFirst()
                            .map(c -> Texts.get(
                                    lang, "missing_receipt", "cost", c.name().in(lang)));
                    case "fields" -> catalogue.field(id).map(f -> f.label().in(lang));
                    case "submissionForms" -> Optional.of(Texts.get(lang, "send_affidavit"));
                    default -> Optional.empty();
                };
        return label.orElse(path);
    }

    private static String fieldName(String path) {
        String rest = path.substring("fields.".length()).replaceAll("\\[\\d+]", "");
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    // ---- after sending ----

    /** A processing step of a sent file with its status and the officer's reason where one was given. */
    record StepItem(String name, String status, String statusText, String decision, String reason) {}

    List<StepItem> steps() {
        List<StepItem> items = new ArrayList<>();
        catalogue.processingSteps().forEach(step -> {
            String status = file.steps().get(step.id());
            if (status == null) {
                return;
            }
            JsonNode decision = file.values().get("steps." + step.id() + ".decision");
            items.add(new StepItem(
                    step.name().in(lang),
                    status,
                    Texts.get(lang, "step_" + status),
                    decision == null
                            ? null
                            : Texts.get(
                                    lang,
                                    "decision_" + decision.path("decision").asText()),
                    decision == null || !decision.has("reason")
                            ? null
                            : decision.path("reason").asText()));
        });
        return items;
    }

    List<String> certificates() {
        Set<String> applicable = new TreeSet<>(derived.sets().get("certificates.applicable"));
        return catalogue.certificates().stream()
                .filter(c -> applicable.contains(c.id()))
                .map(Certificate::id)
                .toList();
    }

    String certificateName(String id) {
        return catalogue.certificates().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .map(c -> c.name().in(lang))
                .orElse(id);
    }

    // ---- helpers ----

    private Input input(
            String path,
            String id,
            String label,
            FieldType type,
            List<Option> options,
            boolean required,
            FormField field,
            Map<String, String> entered,
            Map<String, String> problems) {
        String value = entered.containsKey(path)
                ? entered.get(path)
                : text(file.values().get(path));
        List<Input.Choice> choices = type == FieldType.YES_NO
                ? List.of(
                        new Input.Choice("true", Texts.get(lang, "yes"), "true".equals(value)),
                        new Input.Choice("false", Texts.get(lang, "no"), "false".equals(value)))
                : options.stream()
                        .map(o -> new Input.Choice(o.id(), o.label().in(lang), o.id().equals(value)))
                        .toList();
        Integer maxLength = field != null && field.type() == FieldType.TEXT && field.max() != null
                ? field.max().intValue()
                : null;
        return new Input(path, id, label, type.yamlName(), value, choices, required, maxLength, problems.get(path));
    }

    private Labels documentName(String id) {
        return catalogue.documents().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .map(d -> d.name())
                .orElse(new Labels(Map.of("en", id)));
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        return value.asText();
    }

    String money(BigDecimal amount) {
        if (amount == null) {
            amount = BigDecimal.ZERO;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag(lang));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    private String size(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag(lang));
        format.setMaximumFractionDigits(1);
        return bytes < 1024 * 1024
                ? format.format(bytes / 1024.0) + " kB"
                : format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    static String uploadPath(String namespace, String id) {
        return namespace + "." + id;
    }

    static boolean isAffidavit(String path) {
        return path.equals(FileSchema.AFFIDAVIT);
    }
}
