package org.eregistrations.web.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {
    @Test
    void aNonLatinNameIsGivenInUtf8WithAnAsciiFallback() {
        assertThat(ContentDisposition.of("attachment", "Factura Ñandú.pdf"))
                .isEqualTo(
                        "attachment; filename=\"Factura _and_.pdf\"; filename*=UTF-8''Factura%20%C3%91and%C3%BA.pdf");
    }

    @Test
    void aPlainNameStaysAsItIs() {
        assertThat(ContentDisposition.of("inline", "deed-2026.pdf"))
                .isEqualTo("inline; filename=\"deed-2026.pdf\"; filename*=UTF-8''deed-2026.pdf");
    }
}
