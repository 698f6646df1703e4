package org.eregistrations.engine.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.engine.derivation.DerivedSet.CERTIFICATES_APPLICABLE;
import static org.eregistrations.engine.derivation.DerivedSet.COSTS_APPLICABLE;
import static org.eregistrations.engine.derivation.DerivedSet.COSTS_PAYABLE;
import static org.eregistrations.engine.derivation.DerivedSet.PAYMENT_RECEIPT_UPLOADS_APPLICABLE;
import static org.eregistrations.engine.derivation.DerivedSet.PROCESSING_STEPS_APPLICABLE;
import static org.eregistrations.engine.derivation.DerivedSet.QUESTIONS_APPLICABLE;
import static org.eregistrations.engine.derivation.DerivedSet.REGISTRATIONS_APPLICABLE;
import static org.eregistrations.engine.derivation.DerivedSet.REGISTRATIONS_MANDATORY;
import static org.eregistrations.engine.derivation.DerivedSet.REGISTRATIONS_OPTIONAL;
import static org.eregistrations.engine.derivation.DerivedSet.REGISTRATIONS_REQUESTED;
import static org.eregistrations.engine.derivation.DerivedSet.REQUIREMENTS_APPLICABLE;
import static org.eregistrations.engine.derivation.DerivedSet.REQUIREMENTS_RESOLVED;
import static org.eregistrations.engine.derivation.DerivedSet.REQUIREMENT_UPLOADS_APPLICABLE;

import java.math.BigDecimal;
import java.util.List;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.fact.Kind;
import org.eregistrations.engine.fact.Missing;
import org.eregistrations.engine.model.ServiceModel;
import org.junit.jupiter.api.Test;

class CoreRulesTest {
    private static final RuleSet COMPANY = TestServices.company();

    private static Derivation derive(FileValues.Builder values) {
        return COMPANY.derive(values.build());
    }

    @Test
    void mandatoryRegistrationIsRequestedWithoutBeingChecked() {
        Derivation derivation = derive(FileValues.builder());

        assertThat(derivation.get(REGISTRATIONS_MANDATORY)).containsExactly("company");
        assertThat(derivation.get(REGISTRATIONS_REQUESTED)).containsExactly("company");
    }

    @Test
    void optionalRegistrationIsRequestedOnlyWhenChecked() {
        assertThat(derive(FileValues.builder()).get(REGISTRATIONS_OPTIONAL)).containsExactly("tradeMark");
        assertThat(derive(FileValues.builder()).get(REGISTRATIONS_REQUESTED)).doesNotContain("tradeMark");

        Derivation checked = derive(FileValues.builder().check("tradeMark"));
        assertThat(checked.get(REGISTRATIONS_REQUESTED)).containsExactly("company", "tradeMark");
        assertThat(checked.get(CERTIFICATES_APPLICABLE)).containsExactly("company", "tradeMark");
    }

    @Test
    void registrationDecidedByRulesAppliesOnlyWhenItsRuleHolds() {
        assertThat(derive(FileValues.builder().answer("isImporter", false)).get(REGISTRATIONS_APPLICABLE))
                .containsExactly("company", "tradeMark");
        assertThat(derive(FileValues.builder().answer("isImporter", true)).get(REGISTRATIONS_APPLICABLE))
                .containsExactly("company", "nit", "tradeMark");
    }

    @Test
    void checkingARegistrationThatDoesNotApplyRequestsNothing() {
        Derivation derivation =
                derive(FileValues.builder().answer("isImporter", false).check("nit"));

        assertThat(derivation.get(REGISTRATIONS_REQUESTED)).containsExactly("company");
    }

    @Test
    void importerGetsNitiInsteadOfNit() {
        Derivation derivation =
                derive(FileValues.builder().answer("isImporter", true).check("nit"));

        assertThat(derivation.get(CERTIFICATES_APPLICABLE)).containsExactly("company", "niti");
    }

    @Test
    void requestedRegistrationBringsItsRequirementsCostsAndSteps() {
        Derivation derivation =
                derive(FileValues.builder().answer("isImporter", true).check("nit"));

        assertThat(derivation.get(REQUIREMENTS_RESOLVED)).containsExactly("identity", "utilityBill", "taxStatement");
        assertThat(derivation.get(COSTS_APPLICABLE)).containsExactly("registrationFee", "capitalFee", "nitFee");
        assertThat(derivation.get(PROCESSING_STEPS_APPLICABLE)).containsExactly("revision", "taxRegistration");
    }

    @Test
    void utilityBillIsResolvedButNotApplicableWhenElectricityBillIsRequired() {
        Derivation derivation = derive(FileValues.builder().answer("capital", 50_000));

        assertThat(derivation.get(REQUIREMENTS_RESOLVED)).contains("utilityBill", "electricityBill");
        assertThat(derivation.get(REQUIREMENTS_APPLICABLE))
                .contains("electricityBill")
                .doesNotContain("utilityBill");
    }

    @Test
    void requirementWithoutDocumentAsksForNoUpload() {
        Derivation derivation =
                derive(FileValues.builder().answer("isImporter", true).check("nit"));

        assertThat(derivation.get(REQUIREMENTS_APPLICABLE)).contains("taxStatement");
        assertThat(derivation.get(REQUIREMENT_UPLOADS_APPLICABLE)).containsExactly("identity", "utilityBill");
    }

    @Test
    void costWithAmountZeroIsApplicableButNotPayable() {
        Derivation derivation =
                derive(FileValues.builder().answer("isImporter", true).check("nit"));

        assertThat(derivation.get(COSTS_APPLICABLE)).contains("nitFee");
        assertThat(derivation.amounts()).containsEntry("nitFee", BigDecimal.ZERO);
        assertThat(derivation.get(COSTS_PAYABLE)).doesNotContain("nitFee");
        assertThat(derivation.get(PAYMENT_RECEIPT_UPLOADS_APPLICABLE)).doesNotContain("nitFee");
    }

    @Test
    void costComputedFromAnAnswerEntersTheTotal() {
        Derivation derivation = derive(FileValues.builder().answer("capital", 5000));

        assertThat(derivation.amounts()).containsEntry("capitalFee", new BigDecimal("50"));
        assertThat(derivation.get(COSTS_PAYABLE)).containsExactly("registrationFee", "capitalFee");
        assertThat(derivation.total()).isEqualByComparingTo("75");
        assertThat(derivation.get(PAYMENT_RECEIPT_UPLOADS_APPLICABLE)).containsExactly("registrationFee", "capitalFee");
    }

    @Test
    void chosenDocumentIsUploadedForARequirementThatOffersAChoice() {
        Derivation without = derive(FileValues.builder());
        assertThat(without.missing()).contains(new Missing(Kind.REQUIREMENT, "identity"));

        Derivation with = derive(FileValues.builder().choose("identity", "passport"));
        assertThat(with.chosenDocuments()).containsEntry("identity", "passport");
        assertThat(with.missing()).doesNotContain(new Missing(Kind.REQUIREMENT, "identity"));
    }

    @Test
    void fieldIsShownOnlyWhileItsConditionFieldHasTheValue() {
        assertThat(derive(FileValues.builder().field("city", "Santa Ana")).isFieldApplicable("district"))
                .isFalse();
        assertThat(derive(FileValues.builder().field("city", "San Salvador")).isFieldApplicable("district"))
                .isTrue();
    }

    @Test
    void computedValueFollowsItsInputs() {
        Derivation derivation =
                derive(FileValues.builder().field("firstName", "John").field("lastName", "Smith"));

        assertThat(derivation.computed()).containsEntry("fullName", "John Smith");
    }

    @Test
    void questionsAskedAreThoseTheRulesRead() {
        ServiceModel model = ServiceModel.builder("asking")
                .question("read", true)
                .question("unread", false)
                .registration("only", false, true)
                .build();
        RuleSet ruleSet = TestServices.compile(model, "package asking\n");

        assertThat(ruleSet.derive(FileValues.empty()).get(QUESTIONS_APPLICABLE)).containsExactly("read");
    }

    @Test
    void anUnansweredQuestionIsMissingUnlessItIsNotRequired() {
        ServiceModel model = ServiceModel.builder("asking")
                .question("required", true)
                .question("optional", true, false)
                .registration("only", false, true)
                .build();
        RuleSet ruleSet = TestServices.compile(model, "package asking\n");

        Derivation derivation = ruleSet.derive(FileValues.empty());

        assertThat(derivation.get(QUESTIONS_APPLICABLE)).containsExactly("required", "optional");
        assertThat(derivation.missing())
                .contains(new Missing(Kind.QUESTION, "required"))
                .doesNotContain(new Missing(Kind.QUESTION, "optional"));
    }

    @Test
    void soleRegistrationIsApplicableAndRequestedWithoutAChoice() {
        ServiceModel model = ServiceModel.builder("single")
                .registration("licence", false, true)
                .build();
        Derivation derivation = TestServices.compile(model, "package single\n").derive(FileValues.empty());

        assertThat(derivation.get(REGISTRATIONS_APPLICABLE)).containsExactly("licence");
        assertThat(derivation.get(REGISTRATIONS_REQUESTED)).containsExactly("licence");
        assertThat(derivation.missing()).doesNotContain(new Missing(Kind.REGISTRATION, ""));
    }

    @Test
    void missingItemsListEverythingRequiredInTheOrderOfTheSteps() {
        Derivation derivation = derive(FileValues.builder().answer("isImporter", false));

        assertThat(derivation.missing())
                .containsExactly(
                        new Missing(Kind.QUESTION, "capital"),
                        new Missing(Kind.REQUIREMENT, "identity"),
                        new Missing(Kind.FIELD, "firstName"),
                        new Missing(Kind.FIELD, "lastName"),
                        new Missing(Kind.FIELD, "shareholders"),
                        new Missing(Kind.REQUIREMENT_UPLOAD, "identity"),
                        new Missing(Kind.REQUIREMENT_UPLOAD, "utilityBill"),
                        new Missing(Kind.PAYMENT_RECEIPT_UPLOAD, "registrationFee"),
                        new Missing(Kind.FIELD, "pickupOffice"),
                        new Missing(Kind.AFFIDAVIT, ""));
        assertThat(derivation.isComplete()).isFalse();
    }

    @Test
    void listEntryMissesItsRequiredFieldsAndCompleteFileMissesNothing() {
        FileValues.Builder values = FileValues.builder()
                .answer("isImporter", false)
                .answer("capital", 0)
                .choose("identity", "nationalId")
                .field("firstName", "Ana")
                .field("lastName", "Díaz")
                .listField("shareholders", 0, "name", "Ana Díaz")
                .listField("shareholders", 1, "share", 50)
                .upload(Kind.REQUIREMENT_UPLOAD, "identity")
                .upload(Kind.REQUIREMENT_UPLOAD, "utilityBill")
                .upload(Kind.PAYMENT_RECEIPT_UPLOAD, "registrationFee")
                .field("pickupOffice", "Central")
                .signAffidavit(true);

        assertThat(derive(values).missing()).containsExactly(new Missing(Kind.FIELD, "shareholders.name", 1));
        assertThat(derive(values.listField("shareholders", 1, "name", "Luis")).isComplete())
                .isTrue();
    }

    @Test
    void stateOfOneDerivationNeverLeaksIntoTheNext() {
        derive(FileValues.builder().answer("isImporter", true).check("nit"));

        assertThat(derive(FileValues.builder()).get(REGISTRATIONS_APPLICABLE)).doesNotContain("nit");
        assertThat(derive(FileValues.builder()).get(CERTIFICATES_APPLICABLE)).containsExactly("company");
    }

    /** Drools 10 drops such a rule when the core rules sit in another package (apache/incubator-kie#7109). */
    @Test
    void ruleEndingInNotFiresBesideASiblingThatSharesItsConditions() {
        RuleSet ruleSet = TestServices.compile(
                TestServices.companyModel(),
                """
                package rules.company
                rule "Full name elsewhere"
                when
                    Field(name == "firstName", $first : text)
                    Field(name == "lastName", $last : text)
                    not Field(name == "city", text == "San Salvador")
                then
                    insertLogical(new Computed("fullName", $first + " " + $last));
                end
                rule "Full name in San Salvador"
                when
                    Field(name == "firstName", $first : text)
                    Field(name == "lastName", $last : text)
                    Field(name == "city", text == "San Salvador")
                then
                    insertLogical(new Computed("fullName", $first + " " + $last + " (from San Salvador)"));
                end
                """);

        FileValues.Builder values =
                FileValues.builder().field("firstName", "Ana").field("lastName", "Pérez");
        assertThat(ruleSet.derive(values.build()).computed()).containsEntry("fullName", "Ana Pérez");
        assertThat(ruleSet.derive(values.field("city", "San Salvador").build()).computed())
                .containsEntry("fullName", "Ana Pérez (from San Salvador)");
    }

    @Test
    void catalogueOrderIsKeptInEverySet() {
        Derivation derivation = derive(
                FileValues.builder().answer("isImporter", true).check("nit").check("tradeMark"));

        assertThat(derivation.get(REGISTRATIONS_REQUESTED)).isEqualTo(List.of("company", "nit", "tradeMark"));
    }
}
