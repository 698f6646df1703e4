package org.eregistrations.engine.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eregistrations.engine.fact.Kind;

/**
 * What the core rules need to know of a service's catalogue, as facts, plus the declaration order of every member so
 * derived sets read in the order the configurator wrote them.
 *
 * <pre>{@code
 * ServiceModel model = ServiceModel.builder("trader-licence")
 *         .question("sellsFood", true)
 *         .registration("traderLicence", true, true)
 *         .resolves("traderLicence", Kind.COST, "licenceFee")
 *         .cost("licenceFee", new BigDecimal("50"), true)
 *         .build();
 * }</pre>
 */
public final class ServiceModel {
    private final String serviceId;
    private final List<Object> facts;
    private final Map<Kind, Map<String, Integer>> order;
    private final Map<Kind, List<String>> orderedIds;
    private final Map<String, FieldDecl> fields;
    private final Map<String, RequirementDecl> requirements;
    private final Map<String, CostDecl> costs;

    private ServiceModel(Builder builder) {
        this.serviceId = builder.serviceId;
        this.facts = List.copyOf(builder.facts());
        Map<Kind, Map<String, Integer>> byKind = new EnumMap<>(Kind.class);
        builder.order.forEach((kind, ids) -> byKind.put(kind, Collections.unmodifiableMap(ids)));
        this.order = Collections.unmodifiableMap(byKind);
        Map<Kind, List<String>> ids = new EnumMap<>(Kind.class);
        byKind.forEach((kind, positions) -> ids.put(kind, List.copyOf(positions.keySet())));
        this.orderedIds = Collections.unmodifiableMap(ids);
        this.fields = Collections.unmodifiableMap(builder.fields);
        this.requirements = Collections.unmodifiableMap(builder.requirements);
        this.costs = Collections.unmodifiableMap(builder.costs);
    }

    public static Builder builder(String serviceId) {
        return new Builder(serviceId);
    }

    public String serviceId() {
        return serviceId;
    }

    /** The catalogue facts inserted into every session of this service. */
    public List<Object> facts() {
        return facts;
    }

    /** Whether the catalogue declares this member. */
    public boolean declares(Kind kind, String id) {
        return order.getOrDefault(kind, Map.of()).containsKey(id);
    }

    /** The ids of a namespace in declaration order. */
    public List<String> ids(Kind kind) {
        return orderedIds.getOrDefault(kind, List.of());
    }

    /** Position of a member in declaration order; undeclared members sort last. */
    public int position(Kind kind, String id) {
        return order.getOrDefault(kind, Map.of()).getOrDefault(id, Integer.MAX_VALUE);
    }

    public Map<String, FieldDecl> fields() {
        return fields;
    }

    public Map<String, RequirementDecl> requirements() {
        return requirements;
    }

    public Map<String, CostDecl> costs() {
        return costs;
    }

    /** Collects the catalogue facts of a service; ids are registered in the order they are added. */
    public static final class Builder {
        private final String serviceId;
        private final List<Object> declarations = new ArrayList<>();
        private final List<String> registrations = new ArrayList<>();
        private final Map<String, Boolean> mandatory = new LinkedHashMap<>();
        private final Map<Kind, Map<String, Integer>> order = new EnumMap<>(Kind.class);
        private final Map<String, FieldDecl> fields = new LinkedHashMap<>();
        private final Map<String, RequirementDecl> requirements = new LinkedHashMap<>();
        private final Map<String, CostDecl> costs = new LinkedHashMap<>();

        private Builder(String serviceId) {
            if (serviceId == null || serviceId.isBlank()) {
                throw new IllegalArgumentException("serviceId must not be blank");
            }
            this.serviceId = serviceId;
        }

        /** A guide question that must be answered; {@code asked} when the rules read its answer. */
        public Builder question(String id, boolean asked) {
            return question(id, asked, true);
        }

        /** A guide question; {@code asked} when the rules read its answer, {@code required} when it must be answered. */
        public Builder question(String id, boolean asked, boolean required) {
            item(Kind.QUESTION, id, asked);
            declarations.add(new QuestionDecl(id, required));
            return this;
        }

        /** A registration; {@code always} when no rule decides its applicability. */
        public Builder registration(String id, boolean isMandatory, boolean always) {
            item(Kind.REGISTRATION, id, always);
            registrations.add(id);
            mandatory.put(id, isMandatory);
            return this;
        }

        public Builder certificate(String id) {
            return item(Kind.CERTIFICATE, id, false);
        }

        public Builder requirement(String id, boolean upload, List<String> documents) {
            item(Kind.REQUIREMENT, id, false);
            RequirementDecl decl = new RequirementDecl(id, upload, documents);
            requirements.put(id, decl);
            declarations.add(decl);
            if (upload) {
                item(Kind.REQUIREMENT_UPLOAD, id, false);
            }
            return this;
        }

        public Builder cost(String id, BigDecimal amount, boolean receipt) {
            item(Kind.COST, id, false);
            CostDecl decl = new CostDecl(id, amount, receipt);
            costs.put(id, decl);
            declarations.add(decl);
            if (receipt) {
                item(Kind.PAYMENT_RECEIPT_UPLOAD, id, false);
            }
            return this;
        }

        /** A data form section, submission form section or processing step. */
        public Builder section(Kind kind, String id, boolean always) {
            if (kind != Kind.DATA_FORM && kind != Kind.SUBMISSION_FORM && kind != Kind.PROCESSING_STEP) {
                throw new IllegalArgumentException("kind must be DATA_FORM, SUBMISSION_FORM or PROCESSING_STEP");
            }
            return item(kind, id, always);
        }

        public Builder field(FieldDecl field) {
            item(Kind.FIELD, field.name(), false);
            fields.put(field.name(), field);
            declarations.add(field);
            return this;
        }

        /** A requested registration brings this member with it. */
        public Builder resolves(String registration, Kind kind, String id) {
            declarations.add(new Resolves(registration, kind, id));
            return this;
        }

        public ServiceModel build() {
            return new ServiceModel(this);
        }

        private Builder item(Kind kind, String id, boolean always) {
            Objects.requireNonNull(id, "id must not be null");
            Map<String, Integer> ids = order.computeIfAbsent(kind, k -> new LinkedHashMap<>());
            if (ids.containsKey(id)) {
                throw new IllegalArgumentException(kind.namespace() + " declares '" + id + "' twice");
            }
            ids.put(id, ids.size());
            declarations.add(new ItemDecl(kind, id, always));
            return this;
        }

        private List<Object> facts() {
            List<Object> all = new ArrayList<>(declarations);
            boolean sole = registrations.size() == 1;
            registrations.forEach(id -> all.add(new RegistrationDecl(id, mandatory.get(id), sole)));
            return all;
        }
    }
}
