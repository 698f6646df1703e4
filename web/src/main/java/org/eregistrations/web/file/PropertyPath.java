package org.eregistrations.web.file;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a value of a file is stored (DESIGN.md §2), one record per kind of path, written and read as text by
 * {@link #format()} and {@link #parse(String)}:
 *
 * <pre>{@code
 * PropertyPath path = PropertyPath.parse("dataForms.shareholders[1].name");
 * // new PropertyPath.EntryValue(Forms.DATA, "shareholders", 1, "name"); path.format() gives the text back
 * }</pre>
 */
public sealed interface PropertyPath {
    /** The most entries a list could have at all; a service's limit is lower ({@code limits.maxEntries}). */
    int MAX_ENTRY = 9999;

    /** The text of the path, as stored in the file and sent by forms and the API. */
    String format();

    /** The path a text names; a text that names none is refused as a 400 problem at that path. */
    static PropertyPath parse(String text) {
        return PropertyPathParser.parse(text);
    }

    /** The path a text names, if it names one: for reading stored paths, where an unknown one is skipped. */
    static Optional<PropertyPath> find(String text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** The step whose status a stored path holds ({@code steps.<step>.status}); empty for any other path. */
    static Optional<String> stepOf(String text) {
        if (!text.startsWith("steps.")) {
            return Optional.empty(); // most paths of a file, told apart without parsing
        }
        return find(text).filter(StepState.class::isInstance).map(path -> ((StepState) path).step());
    }

    /** The two kinds of forms of a file, each with its own namespace. */
    enum Forms {
        DATA("dataForms"),
        SUBMISSION("submissionForms");

        private final String namespace;

        Forms(String namespace) {
            this.namespace = namespace;
        }

        public String namespace() {
            return namespace;
        }
    }

    /** The two kinds of uploads: documents of requirements, receipts of payable costs. */
    enum Uploads {
        REQUIREMENT("requirementUploads"),
        PAYMENT_RECEIPT("paymentReceiptUploads");

        private final String namespace;

        Uploads(String namespace) {
            this.namespace = namespace;
        }

        public String namespace() {
            return namespace;
        }
    }

    /** The answer to a question of the guide: {@code guide.<question>}. */
    record Answer(String question) implements PropertyPath {
        public Answer {
            requireId(question, "question");
        }

        public String format() {
            return "guide." + question;
        }
    }

    /** Whether the investor ticked a registration: {@code registrations.<registration>.checked}. */
    record Checked(String registration) implements PropertyPath {
        public Checked {
            requireId(registration, "registration");
        }

        public String format() {
            return "registrations." + registration + ".checked";
        }
    }

    /** The document chosen for a requirement that offers several: {@code requirements.<requirement>.document}. */
    record DocumentChoice(String requirement) implements PropertyPath {
        public DocumentChoice {
            requireId(requirement, "requirement");
        }

        public String format() {
            return "requirements." + requirement + ".document";
        }
    }

    /** A field of the data or submission forms: {@code dataForms.<field>}, {@code submissionForms.<field>}. */
    record FieldValue(Forms forms, String field) implements PropertyPath {
        public FieldValue {
            Objects.requireNonNull(forms, "forms must not be null");
            requireId(field, "field");
            if (forms == Forms.SUBMISSION && field.equals("isAffidavitSigned")) {
                throw new IllegalArgumentException("the affidavit is the path Affidavit, not a field");
            }
        }

        public String format() {
            return forms.namespace() + "." + field;
        }
    }

    /** A field of entry {@code entry} (from 0) of a list: {@code dataForms.<list>[<entry>].<field>}. */
    record EntryValue(Forms forms, String list, int entry, String field) implements PropertyPath {
        public EntryValue {
            Objects.requireNonNull(forms, "forms must not be null");
            requireId(list, "list");
            requireId(field, "field");
            if (entry < 0 || entry > MAX_ENTRY) {
                throw new IllegalArgumentException("entry must be from 0 to " + MAX_ENTRY);
            }
        }

        /** The field as the catalogue names it, {@code <list>.<field>}. */
        public String qualifiedField() {
            return list + "." + field;
        }

        public String format() {
            return forms.namespace() + "." + list + "[" + entry + "]." + field;
        }
    }

    /** Whether the investor signed the affidavit: {@code submissionForms.isAffidavitSigned}. */
    record Affidavit() implements PropertyPath {
        public static final String TEXT = "submissionForms.isAffidavitSigned";

        public String format() {
            return TEXT;
        }
    }

    /** An uploaded document: {@code requirementUploads.<requirement>}, {@code paymentReceiptUploads.<cost>}. */
    record Upload(Uploads uploads, String id) implements PropertyPath {
        public Upload {
            Objects.requireNonNull(uploads, "uploads must not be null");
            requireId(id, "id");
        }

        public String format() {
            return uploads.namespace() + "." + id;
        }
    }

    /** The status of a processing step of a sent file: {@code steps.<step>.status}. */
    record StepState(String step) implements PropertyPath {
        public StepState {
            requireId(step, "step");
        }

        public String format() {
            return "steps." + step + ".status";
        }
    }

    /** The last decision taken at a processing step: {@code steps.<step>.decision}. */
    record StepDecision(String step) implements PropertyPath {
        private static final java.util.Map<String, String> STATUS_MADE = java.util.Map.of(
                "approve", "APPROVED", "sendBack", "SENT_BACK", "reject", "REJECTED", "pause", "PAUSED");

        public StepDecision {
            requireId(step, "step");
        }

        /**
         * The reason of a step's last decision if that decision is what its status says now (a file sent back and
         * resent is pending again: the old reason is no news), else null.
         */
        public static String currentReason(com.fasterxml.jackson.databind.JsonNode decision, String status) {
            if (decision == null || !decision.hasNonNull("reason")) {
                return null;
            }
            String made = STATUS_MADE.get(decision.path("decision").asText());
            return made != null && made.equals(status) ? decision.get("reason").asText() : null;
        }

        public String format() {
            return "steps." + step + ".decision";
        }
    }

    /** The officer who took a file at an assignable processing step: {@code steps.<step>.assignee}. */
    record StepAssignee(String step) implements PropertyPath {
        public StepAssignee {
            requireId(step, "step");
        }

        public String format() {
            return "steps." + step + ".assignee";
        }
    }

    /** What a revision step reviews item by item: documents, payment receipts and data form sections. */
    enum Reviewed {
        DOCUMENT("documents"),
        RECEIPT("receipts"),
        SECTION("sections");

        private final String segment;

        Reviewed(String segment) {
            this.segment = segment;
        }

        /** The kind's part of a review path, as the forms and the API name it. */
        public String segment() {
            return segment;
        }

        public static Optional<Reviewed> ofSegment(String segment) {
            for (Reviewed kind : values()) {
                if (kind.segment.equals(segment)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * An officer's mark of one item at a revision step: {@code steps.<step>.review.<documents|receipts|sections>.<id>}
     * (the requirement, the cost or the data section).
     */
    record StepReview(String step, Reviewed kind, String item) implements PropertyPath {
        public StepReview {
            requireId(step, "step");
            Objects.requireNonNull(kind, "kind must not be null");
            requireId(item, "item");
        }

        /** The prefix of every review path of a step. */
        public static String prefix(String step) {
            return "steps." + step + ".review.";
        }

        /** The item as a review form names it: {@code documents.companyDeed}. */
        public String itemKey() {
            return kind.segment() + "." + item;
        }

        public String format() {
            return prefix(step) + itemKey();
        }
    }

    /** A field of a processing step's form, filled in by the officer who approves it: {@code steps.<step>.form.<field>}. */
    record StepField(String step, String field) implements PropertyPath {
        public StepField {
            requireId(step, "step");
            requireId(field, "field");
        }

        public String format() {
            return "steps." + step + ".form." + field;
        }
    }

    /**
     * A certificate issued to the file: {@code certificates.<certificate>}, its number, verification code, date, step,
     * officer and the SHA-256 of its PDF; an officer's signed PDF replacing it is a further event of the same path.
     */
    record IssuedCertificate(String certificate) implements PropertyPath {
        public IssuedCertificate {
            requireId(certificate, "certificate");
        }

        public String format() {
            return "certificates." + certificate;
        }
    }

    /** The status of the file in its lifecycle: {@code status}. */
    record Status() implements PropertyPath {
        public String format() {
            return "status";
        }
    }

    /** A move to another version of the rules, recorded by a migration: {@code rulesetVersion}. */
    record RulesetVersion() implements PropertyPath {
        public String format() {
            return "rulesetVersion";
        }
    }

    private static void requireId(String id, String name) {
        Objects.requireNonNull(id, name + " must not be null");
        if (!PropertyPathParser.isId(id)) {
            throw new IllegalArgumentException(name + " must be 1 to 100 letters, digits, _ or -");
        }
    }
}
