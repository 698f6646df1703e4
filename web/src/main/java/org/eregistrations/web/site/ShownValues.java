package org.eregistrations.web.site;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.ComputedValue;
import org.eregistrations.config.catalogue.FieldType;

/**
 * Values as every page shows them in the visitor's language: an amount in the service's currency, and a computed value
 * as the type its catalogue declares (an amount, yes or no, a plain number).
 */
public final class ShownValues {
    private ShownValues() {}

    /**
     * An amount in the service's currency ({@code currency} of its catalogue) as the visitor's language writes it
     * ({@code $25.00}, {@code 25,00 US$}); with two decimals and no sign when the service declares no currency.
     */
    public static String money(BigDecimal amount, Catalogue catalogue, String lang) {
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

    /** A computed value as its declared type shows it: {@code money} in the currency, {@code yesNo} as yes or no. */
    public static String computed(String name, Object value, Catalogue catalogue, String lang) {
        FieldType type = catalogue.computedValue(name).map(ComputedValue::type).orElse(null);
        BigDecimal number = value instanceof Number n ? new BigDecimal(n.toString()) : null;
        if (type == FieldType.MONEY && number != null) {
            return money(number, catalogue, lang);
        }
        if (type == FieldType.YES_NO && value instanceof Boolean flag) {
            return Texts.get(lang, flag ? "yes" : "no");
        }
        return number != null ? number.toPlainString() : String.valueOf(value);
    }
}
