package org.eregistrations.web.parta;

import java.math.BigDecimal;
import java.util.List;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.web.file.DerivationView;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.site.ShownValues;

/** The file's applicable costs and their total, as the guide and the payments page show them. */
final class Costs {
    private final Catalogue catalogue;
    private final DerivationView derived;
    private final String lang;

    Costs(Opened opened, String lang) {
        this.catalogue = opened.catalogue();
        this.derived = opened.file().derivation();
        this.lang = lang;
    }

    /** A cost with its amount as shown. */
    record CostItem(String id, String name, String amount, boolean payable) {}

    List<CostItem> items() {
        List<String> applicable = derived.sets().get("costs.applicable");
        List<String> payable = derived.sets().get("costs.payable");
        return catalogue.costs().stream()
                .filter(c -> applicable.contains(c.id()))
                .map(c -> new CostItem(
                        c.id(),
                        c.name().in(lang),
                        money(derived.amounts().getOrDefault(c.id(), c.amount()), catalogue, lang),
                        payable.contains(c.id())))
                .toList();
    }

    String total() {
        return money(derived.total(), catalogue, lang);
    }

    /** An amount in the service's currency as the visitor's language writes it ({@link ShownValues#money}). */
    static String money(BigDecimal amount, Catalogue catalogue, String lang) {
        return ShownValues.money(amount, catalogue, lang);
    }
}
