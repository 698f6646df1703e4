package org.eregistrations.web.configure;

import java.util.HashMap;
import java.util.Map;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.Labels;

/** The labels of a catalogue's entries in one language, by the namespace of a derived set and the entry's id. */
final class Labelled {
    private final Map<String, String> labels = new HashMap<>();

    Labelled(Catalogue catalogue, String language) {
        catalogue.questions().forEach(q -> put("questions", q.id(), q.label(), language));
        catalogue.registrations().forEach(r -> put("registrations", r.id(), r.name(), language));
        catalogue.certificates().forEach(c -> put("certificates", c.id(), c.name(), language));
        catalogue.requirements().forEach(r -> put("requirements", r.id(), r.name(), language));
        catalogue.requirements().forEach(r -> put("requirementUploads", r.id(), r.name(), language));
        catalogue.costs().forEach(c -> put("costs", c.id(), c.name(), language));
        catalogue.costs().forEach(c -> put("paymentReceiptUploads", c.id(), c.name(), language));
        catalogue.dataForms().forEach(f -> put("dataForms", f.id(), f.name(), language));
        catalogue.submissionForms().forEach(f -> put("submissionForms", f.id(), f.name(), language));
        catalogue.allFields().forEach(f -> put("fields", f.name(), f.label(), language));
        catalogue.processingSteps().forEach(s -> put("processingSteps", s.id(), s.name(), language));
    }

    private void put(String namespace, String id, Labels label, String language) {
        labels.put(namespace + "/" + id, label.in(language));
    }

    /** The entry's label, or its id when the catalogue has no label for it. */
    String of(String namespace, String id) {
        return labels.getOrDefault(namespace + "/" + id, id);
    }
}
