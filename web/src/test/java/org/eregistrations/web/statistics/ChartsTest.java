package org.eregistrations.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Charts are SVG a screen reader can name, with every value also written as text, and every text escaped. */
class ChartsTest {
    @Test
    void barsNameThemselvesAndWriteEachValue() {
        String svg = Charts.bars(
                "c",
                "Approvals <by> officer",
                "One bar per officer",
                List.of("ana", "<script>x</script>"),
                List.of(4.0, 2.5),
                "");
        assertThat(svg)
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("role=\"img\"", "aria-labelledby=\"c-title c-desc\"")
                .contains("<title id=\"c-title\">Approvals &lt;by&gt; officer</title>", "<desc id=\"c-desc\">")
                .contains(">ana</text>", ">4</text>", ">2.5</text>", "&lt;script&gt;x&lt;/script&gt;")
                .doesNotContain("<script>")
                .endsWith("</svg>");
    }

    @Test
    void linesHaveALegendAndAPointPerPeriod() {
        Map<String, long[]> series = new LinkedHashMap<>();
        series.put("Sent", new long[] {1, 5, 0});
        series.put("Approved & done", new long[] {0, 2, 3});
        String svg = Charts.lines("t", "Files", "Over time", List.of("2026-01", "2026-02", "2026-03"), series);
        assertThat(svg.split("<circle", -1)).hasSize(7);
        assertThat(svg).contains(">Sent</text>", ">Approved &amp; done</text>", "Sent 2026-02: 5", ">2026-03</text>");
    }
}
