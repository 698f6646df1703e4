package org.eregistrations.engine.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissingTest {
    @Test
    void everyPathIsReadBackAsTheMissingItemItNames() {
        List<Missing> items = List.of(
                new Missing(Kind.QUESTION, "capital"),
                new Missing(Kind.REGISTRATION, ""),
                new Missing(Kind.REQUIREMENT, "identity"),
                new Missing(Kind.FIELD, "companyName"),
                new Missing(Kind.FIELD, "shareholders"),
                new Missing(Kind.FIELD, "shareholders.name", 1),
                new Missing(Kind.REQUIREMENT_UPLOAD, "identity"),
                new Missing(Kind.PAYMENT_RECEIPT_UPLOAD, "registrationFee"),
                new Missing(Kind.AFFIDAVIT, ""));
        for (Missing item : items) {
            assertThat(Missing.parse(item.path())).contains(item);
        }
        assertThat(new Missing(Kind.FIELD, "shareholders.name", 1).path()).isEqualTo("fields.shareholders.name[1]");
    }

    @Test
    void aTextThatNamesNoMissingItemIsNone() {
        for (String text : List.of("", "nothing", "fields.", "fields.name[x]", "fields.name[]", "fields.a[12345]")) {
            assertThat(Missing.parse(text)).as(text).isEmpty();
        }
    }
}
