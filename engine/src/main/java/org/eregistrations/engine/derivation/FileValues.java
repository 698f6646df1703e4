package org.eregistrations.engine.derivation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eregistrations.engine.fact.AffidavitSigned;
import org.eregistrations.engine.fact.Answer;
import org.eregistrations.engine.fact.Checked;
import org.eregistrations.engine.fact.Chosen;
import org.eregistrations.engine.fact.Field;
import org.eregistrations.engine.fact.Kind;
import org.eregistrations.engine.fact.Uploaded;

/**
 * Everything the investor has entered in a file that rules read: answers, checked registrations, chosen documents,
 * form values, uploads and the affidavit.
 *
 * <pre>{@code
 * FileValues values = FileValues.builder()
 *         .answer("isImporter", true)
 *         .check("nit")
 *         .field("firstName", "John")
 *         .listField("shareholders", 0, "name", "Ana")
 *         .build();
 * }</pre>
 */
public record FileValues(
        Map<String, Object> answers,
        List<Field> fields,
        Set<String> checked,
        Map<String, String> chosen,
        Set<Uploaded> uploaded,
        boolean affidavitSigned) {
    public FileValues {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        fields = List.copyOf(fields);
        checked = Collections.unmodifiableSet(new LinkedHashSet<>(checked));
        chosen = Collections.unmodifiableMap(new LinkedHashMap<>(chosen));
        uploaded = Collections.unmodifiableSet(new LinkedHashSet<>(uploaded));
    }

    public static FileValues empty() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values, to change some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.answers.putAll(answers);
        fields.forEach(field -> builder.fields.put(FieldKey.of(field), field));
        builder.checked.addAll(checked);
        builder.chosen.putAll(chosen);
        builder.uploaded.addAll(uploaded);
        builder.affidavitSigned = affidavitSigned;
        return builder;
    }

    /** The values as the facts a rule session takes. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>(answers.size() + fields.size() + checked.size() + 4);
        answers.forEach((name, value) -> facts.add(new Answer(name, value)));
        facts.addAll(fields);
        checked.forEach(registration -> facts.add(new Checked(registration)));
        chosen.forEach((requirement, document) -> facts.add(new Chosen(requirement, document)));
        facts.addAll(uploaded);
        if (affidavitSigned) {
            facts.add(new AffidavitSigned());
        }
        return facts;
    }

    private record FieldKey(String name, int item) {
        static FieldKey of(Field field) {
            return new FieldKey(field.name(), field.item());
        }
    }

    /** Collects file values; setting a value again replaces it, a null value removes it. */
    public static final class Builder {
        private final Map<String, Object> answers = new LinkedHashMap<>();
        private final Map<FieldKey, Field> fields = new LinkedHashMap<>();
        private final Set<String> checked = new LinkedHashSet<>();
        private final Map<String, String> chosen = new LinkedHashMap<>();
        private final Set<Uploaded> uploaded = new LinkedHashSet<>();
        private boolean affidavitSigned;

        private Builder() {}

        public Builder answer(String question, Object value) {
            if (value == null) {
                answers.remove(question);
            } else {
                answers.put(question, new Answer(question, value).value());
            }
            return this;
        }

        public Builder field(String name, Object value) {
            return put(new FieldKey(name, -1), value == null ? null : new Field(name, value));
        }

        /** A field of entry {@code item} of a list, e.g. {@code listField("shareholders", 0, "name", "Ana")}. */
        public Builder listField(String list, int item, String name, Object value) {
            String qualified = list + "." + name;
            return put(new FieldKey(qualified, item), value == null ? null : new Field(qualified, list, item, value));
        }

        public Builder check(String registration) {
            checked.add(registration);
            return this;
        }

        public Builder uncheck(String registration) {
            checked.remove(registration);
            return this;
        }

        public Builder choose(String requirement, String document) {
            if (document == null) {
                chosen.remove(requirement);
            } else {
                chosen.put(requirement, document);
            }
            return this;
        }

        public Builder upload(Kind kind, String upload) {
            uploaded.add(new Uploaded(kind, upload));
            return this;
        }

        public Builder signAffidavit(boolean signed) {
            affidavitSigned = signed;
            return this;
        }

        public FileValues build() {
            return new FileValues(
                    answers, new ArrayList<>(fields.values()), checked, chosen, uploaded, affidavitSigned);
        }

        private Builder put(FieldKey key, Field field) {
            if (field == null) {
                fields.remove(key);
            } else {
                fields.put(key, field);
            }
            return this;
        }
    }
}
