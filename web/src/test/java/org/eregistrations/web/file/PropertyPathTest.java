package org.eregistrations.web.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.eregistrations.web.file.PropertyPath.Affidavit;
import org.eregistrations.web.file.PropertyPath.Answer;
import org.eregistrations.web.file.PropertyPath.Checked;
import org.eregistrations.web.file.PropertyPath.DocumentChoice;
import org.eregistrations.web.file.PropertyPath.EntryValue;
import org.eregistrations.web.file.PropertyPath.FieldValue;
import org.eregistrations.web.file.PropertyPath.Forms;
import org.eregistrations.web.file.PropertyPath.RulesetVersion;
import org.eregistrations.web.file.PropertyPath.Status;
import org.eregistrations.web.file.PropertyPath.StepDecision;
import org.eregistrations.web.file.PropertyPath.StepState;
import org.eregistrations.web.file.PropertyPath.Upload;
import org.eregistrations.web.file.PropertyPath.Uploads;
import org.junit.jupiter.api.Test;

class PropertyPathTest {
    private static final Map<String, PropertyPath> EVERY_KIND = Map.ofEntries(
            Map.entry("guide.legalForm", new Answer("legalForm")),
            Map.entry("registrations.nit.checked", new Checked("nit")),
            Map.entry("requirements.identity.document", new DocumentChoice("identity")),
            Map.entry("dataForms.companyName", new FieldValue(Forms.DATA, "companyName")),
            Map.entry("submissionForms.phone", new FieldValue(Forms.SUBMISSION, "phone")),
            Map.entry("dataForms.shareholders[0].name", new EntryValue(Forms.DATA, "shareholders", 0, "name")),
            Map.entry("dataForms.shareholders[12].share", new EntryValue(Forms.DATA, "shareholders", 12, "share")),
            Map.entry("submissionForms.isAffidavitSigned", new Affidavit()),
            Map.entry("requirementUploads.identity", new Upload(Uploads.REQUIREMENT, "identity")),
            Map.entry(
                    "paymentReceiptUploads.registration-fee", new Upload(Uploads.PAYMENT_RECEIPT, "registration-fee")),
            Map.entry("steps.revision.status", new StepState("revision")),
            Map.entry("steps.revision.decision", new StepDecision("revision")),
            Map.entry("steps.revision.assignee", new PropertyPath.StepAssignee("revision")),
            Map.entry(
                    "steps.revision.review.documents.identity",
                    new PropertyPath.StepReview("revision", PropertyPath.Reviewed.DOCUMENT, "identity")),
            Map.entry(
                    "steps.revision.review.sections.company",
                    new PropertyPath.StepReview("revision", PropertyPath.Reviewed.SECTION, "company")),
            Map.entry("certificates.nit", new PropertyPath.IssuedCertificate("nit")),
            Map.entry("status", new Status()),
            Map.entry("rulesetVersion", new RulesetVersion()));

    @Test
    void everyKindOfPathIsParsedAndFormattedBackToTheSameText() {
        EVERY_KIND.forEach((text, path) -> {
            assertThat(PropertyPath.parse(text)).as(text).isEqualTo(path);
            assertThat(path.format()).isEqualTo(text);
        });
    }

    @Test
    void aTextThatIsNoPathIsRefusedNamingIt() {
        List<String> refused = List.of(
                "",
                "guide",
                "guide.",
                "guide.a.b",
                "guide.name with space",
                "registrations.nit",
                "certificates.nit.number",
                "registrations.nit.requested",
                "requirements.identity",
                "dataForms.",
                "dataForms.a.b",
                "dataForms.list[].name",
                "dataForms.list[-1].name",
                "dataForms.list[01].name",
                "dataForms.list[10000].name",
                "dataForms.list[1]name",
                "dataForms.list[1].",
                "requirementUploads.",
                "steps.review",
                "steps.review.other",
                "steps.revision.review.letters.identity",
                "steps.revision.review.documents",
                "steps.revision.review.documents.a.b",
                "steps.revision.review.documents.a b",
                "other.thing",
                "dataForms.ação",
                "guide." + "x".repeat(101));
        for (String text : refused) {
            assertThatThrownBy(() -> PropertyPath.parse(text))
                    .as(text)
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("is not a property of a file")
                    .extracting(e -> ((InvalidValueException) e).path())
                    .isEqualTo(text);
        }
    }

    @Test
    void aVeryLongTextIsRefusedNamingOnlyItsStart() {
        String text = "dataForms." + "a".repeat(10_000);
        assertThatThrownBy(() -> PropertyPath.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).path().length())
                .isEqualTo(41);
    }

    @Test
    void aPathCannotBeMadeOfWhatNoTextWouldParseBackTo() {
        assertThatThrownBy(() -> new Answer("a.b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EntryValue(Forms.DATA, "list", -1, "name"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldValue(Forms.SUBMISSION, "isAffidavitSigned"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStepOfAStatusPathIsFoundAndOtherPathsHaveNone() {
        assertThat(PropertyPath.stepOf("steps.revision.status")).contains("revision");
        assertThat(PropertyPath.stepOf("steps.revision.decision")).isEmpty();
        assertThat(PropertyPath.stepOf("steps.a.b.status")).isEmpty();
        assertThat(PropertyPath.stepOf("status")).isEmpty();
    }
}
