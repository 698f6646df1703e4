package org.eregistrations.engine.ruleset;

import java.math.BigDecimal;
import java.util.List;
import org.eregistrations.engine.fact.Kind;
import org.eregistrations.engine.model.FieldDecl;
import org.eregistrations.engine.model.ServiceModel;

/** Small services for engine tests, shaped like the seeds' examples. */
final class TestServices {
    private TestServices() {}

    static final String COMPANY_RULES =
            """
            package rules.company

            rule "Companies that import need the NIT registration"
            when
                Answer(name == "isImporter", flag == true)
            then
                insertLogical(new Applicable(Kind.REGISTRATION, "nit"));
            end

            rule "Importers get the NITi certificate"
            when
                Requested(registration == "nit")
                Answer(name == "isImporter", flag == true)
            then
                insertLogical(new NotApplicable(Kind.CERTIFICATE, "nit"));
                insertLogical(new Applicable(Kind.CERTIFICATE, "niti"));
            end

            rule "The electricity bill replaces the utility bill"
            when
                Resolved(requirement == "electricityBill")
            then
                insertLogical(new NotApplicable(Kind.REQUIREMENT, "utilityBill"));
            end

            rule "Large capital needs the electricity bill"
            when
                Requested(registration == "company")
                Answer(name == "capital", number > 10000)
            then
                insertLogical(new Resolved("electricityBill"));
            end

            rule "The capital fee is one percent of the capital"
            when
                Answer(name == "capital", $capital : number)
            then
                insertLogical(new Amount("capitalFee", $capital.divide(new BigDecimal(100))));
            end

            rule "Full name joins first and last name"
            when
                Field(name == "firstName", $first : text)
                Field(name == "lastName", $last : text)
            then
                insertLogical(new Computed("fullName", $first + " " + $last));
            end
            """;

    static ServiceModel companyModel() {
        return ServiceModel.builder("company")
                .question("isImporter", true)
                .question("capital", true)
                .registration("company", true, true)
                .registration("nit", false, false)
                .registration("tradeMark", false, true)
                .certificate("company")
                .certificate("nit")
                .certificate("niti")
                .certificate("tradeMark")
                .requirement("identity", true, List.of("passport", "nationalId"))
                .requirement("utilityBill", true, List.of())
                .requirement("electricityBill", true, List.of())
                .requirement("taxStatement", false, List.of())
                .cost("registrationFee", new BigDecimal("25"), true)
                .cost("capitalFee", BigDecimal.ZERO, true)
                .cost("nitFee", BigDecimal.ZERO, true)
                .section(Kind.DATA_FORM, "founder", true)
                .section(Kind.SUBMISSION_FORM, "pickup", true)
                .section(Kind.PROCESSING_STEP, "revision", true)
                .section(Kind.PROCESSING_STEP, "taxRegistration", false)
                .field(field("firstName", "founder", null, true, null))
                .field(field("lastName", "founder", null, true, null))
                .field(field("city", "founder", null, false, null))
                .field(field("district", "founder", null, true, "city"))
                .field(new FieldDecl("shareholders", Kind.DATA_FORM, "founder", null, true, false, 1, null, List.of()))
                .field(field("shareholders.name", "founder", "shareholders", true, null))
                .field(new FieldDecl(
                        "pickupOffice", Kind.SUBMISSION_FORM, "pickup", null, false, true, 0, null, List.of()))
                .resolves("company", Kind.CERTIFICATE, "company")
                .resolves("company", Kind.REQUIREMENT, "identity")
                .resolves("company", Kind.REQUIREMENT, "utilityBill")
                .resolves("company", Kind.COST, "registrationFee")
                .resolves("company", Kind.COST, "capitalFee")
                .resolves("nit", Kind.CERTIFICATE, "nit")
                .resolves("nit", Kind.REQUIREMENT, "taxStatement")
                .resolves("nit", Kind.COST, "nitFee")
                .resolves("nit", Kind.PROCESSING_STEP, "taxRegistration")
                .resolves("tradeMark", Kind.CERTIFICATE, "tradeMark")
                .build();
    }

    private static FieldDecl field(String name, String form, String list, boolean required, String when) {
        return new FieldDecl(
                name,
                Kind.DATA_FORM,
                form,
                list,
                false,
                required,
                0,
                when,
                when == null ? List.of() : List.of("San Salvador"));
    }

    static RuleSet company() {
        return compile(companyModel(), COMPANY_RULES);
    }

    static RuleSet compile(ServiceModel model, String drl) {
        try {
            return new RuleSetCompiler().compile(new RuleSetSource(model, List.of(new RuleFile("rules.drl", drl))));
        } catch (RuleSetCompilationException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
