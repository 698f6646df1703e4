package org.eregistrations.web.parta;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.web.file.DerivationView;
import org.eregistrations.web.file.FileService.Opened;

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
                        money(derived.amounts().getOrDefault(c.id(), c.amount()), lang),
                        payable.contains(c.id())))
                .toList();
    }

    String total() {
        return money(derived.total(), lang);
    }

    /** An amount with two decimals, in the visitor's language. */
    static String money(BigDecimal amount, String lang) {
        if (amount == null) {
            amount = BigDecimal.ZERO;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag(lang));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
