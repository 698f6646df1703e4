package org.eregistrations.web.parta;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.eregistrations.web.site.PageInfo;
import org.eregistrations.web.testing.RenderTimes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The time Qute takes to render the guide's results, the fragment a live guide update sends back (the company
 * registration's size: 8 questions, 4 registrations, 6 requirements, 5 costs), one thread, 5 000 renders a round.
 * Writes {@code web/target/benchmarks/guide-render.txt}:
 *
 * <pre>
 * ./mvnw -B -pl web -am test -Dtest=GuideRenderBenchmark -Dexcluded.test.groups=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@QuarkusTest
@Tag("benchmark")
class GuideRenderBenchmark {
    private static final int RENDERS = 5_000;

    @Test
    void theGuidesResults() throws Exception {
        List<Input> questions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            questions.add(new Input(
                    "guide.q" + i,
                    "q" + i,
                    "¿Pregunta número " + i + "?",
                    "yesNo",
                    i % 2 == 0 ? "true" : "false",
                    List.of(new Input.Choice("true", "Sí", i % 2 == 0), new Input.Choice("false", "No", i % 2 != 0)),
                    true,
                    null,
                    i == 3 ? "Elija una respuesta" : null));
        }
        questions.add(new Input(
                "guide.kind",
                "kind",
                "Tipo de sociedad",
                "choice",
                "sa",
                List.of(new Input.Choice("sa", "Sociedad anónima", true), new Input.Choice("srl", "S.R.L.", false)),
                true,
                null,
                null));
        questions.add(new Input("guide.capital", "capital", "Capital", "money", "25000", List.of(), true, 15, null));
        List<GuideViews.RegistrationItem> registrations = List.of(
                new GuideViews.RegistrationItem("commerce", "Registro de comercio", true, true),
                new GuideViews.RegistrationItem("tax", "NIT", true, true),
                new GuideViews.RegistrationItem("social", "Seguro social", false, true),
                new GuideViews.RegistrationItem("municipal", "Licencia municipal", false, false));
        List<GuideViews.RequirementItem> requirements = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            requirements.add(new GuideViews.RequirementItem("doc" + i, "Documento " + i, null, i != 5));
        }
        List<Costs.CostItem> costs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            costs.add(new Costs.CostItem("cost" + i, "Arancel " + i, "USD 1" + i + ".00", true));
        }
        FileHeaders.Header file = new FileHeaders.Header(
                "0b9f3c1e-7d2a-4c53-9a61-2f0e5b8c4d17",
                "Registro de empresa",
                "DRAFT",
                "Borrador",
                true,
                List.of(),
                "guide",
                false,
                42,
                false);
        PageInfo page = new PageInfo("es", "ana", List.of("investor"), "token", "/files/x/guide");
        RenderTimes.measure(
                "GuideRenderBenchmark: the guide's results fragment",
                "guide-render.txt",
                RENDERS,
                () -> GuidePage.Templates.guide$results(
                                page, file, questions, registrations, requirements, costs, "USD 60.00")
                        .render());
    }
}
