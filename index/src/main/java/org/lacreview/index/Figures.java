package org.lacreview.index;

import java.time.format.DateTimeFormatterBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.lacreview.index.corpus.EntityValue;

/**
 * The figures of one numeric attribute of a family's values ({@code count},
 * {@code zoom}), and how a computed answer writes numbers, labels and dates in the
 * reply's language: whole numbers as they are, others to one decimal with the language's
 * decimal mark (Java's locale data: "26,5" in es/pt/fr, "26.5" in en), no grouping; dates
 * in the locale's long form (FormatStyle.LONG).
 *
 * @param attribute the attribute read as the figure; empty for computations over dates
 * @param languages the reply's language, then those to fall back to for labels
 */
record Figures(String attribute, List<String> languages) {

	/** The value's figure; only for values that have it (see {@link Computations}). */
	double of(EntityValue value) {
		return ((Number) value.attributes().get(attribute)).doubleValue();
	}

	double sum(List<EntityValue> values) {
		return values.stream().mapToDouble(this::of).sum();
	}

	String label(EntityValue value) {
		return TemplateRenderer.attribute(value, "label", languages).orElse(value.id());
	}

	/** "first (82) + second (93)": each value's label and figure. */
	String listed(List<EntityValue> values, String separator) {
		return String.join(separator, values.stream().map(v -> label(v) + " (" + format(of(v)) + ")").toList());
	}

	/**
	 * Whole numbers as they are, others to one decimal, with the language's decimal mark
	 * and no grouping.
	 */
	String format(double number) {
		return format(number, 1);
	}

	/**
	 * Whole numbers as they are, others rounded half up to at most {@code decimals}
	 * decimals (trailing zeros dropped: 1.50 is "1,5"), with the language's decimal mark
	 * and no grouping.
	 */
	String format(double number, int decimals) {
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setGroupingUsed(false);
		format.setMaximumFractionDigits(decimals);
		BigDecimal rounded = BigDecimal.valueOf(number).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
		format.setMinimumFractionDigits(Math.max(0, rounded.scale()));
		return format.format(rounded);
	}

	/** A date in the reply language's long form. */
	String date(LocalDate date) {
		return new DateTimeFormatterBuilder().appendLocalized(FormatStyle.LONG, null)
			.toFormatter(locale())
			.format(date);
	}

	/**
	 * The month of {@code date} as the reply language names it standing alone (the JDK's
	 * locale data: "octubre", "October"), with no day or year.
	 */
	String month(LocalDate date) {
		return date.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale());
	}

	private Locale locale() {
		return Locale.forLanguageTag(languages.get(0));
	}
}
