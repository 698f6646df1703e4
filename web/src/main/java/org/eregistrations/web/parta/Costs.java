package org.eregistrations.web.parta;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
                        money(derived.amounts().getOrDefault(c.id(), c.amount()), catalogue, lang),
                        payable.contains(c.id())))
                .toList();
    }

    String total() {
        return money(derived.total(), catalogue, lang);
    }

    /**
     * An amount in the service's currency ({@code currency} of its catalogue) as the visitor's language writes it
     * ({@code $25.00}, {@code 25,00 US$}); with two decimals and no sign when the service declares no currency.
     */
    static String money(BigDecimal amount, Catalogue catalogue, String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        Optional<Currency> currency = catalogue.currencyOfAmounts();
        NumberFormat format = currency.isPresent()
                ? NumberFormat.getCurrencyInstance(locale)
                : NumberFormat.getNumberInstance(locale);
        int decimals = currency.map(Currency::getDefaultFractionDigits)
                .filter(d -> d >= 0)
                .orElse(2);
        currency.ifPresent(format::setCurrency);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(amount == null ? BigDecimal.ZERO : amount);
    }
}
