package org.lacreview.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.EntityValue;

/**
 * What fills the sentence of a share or a complement over the figures of a family's
 * values ({@link Computations}): the values named over the sum of the whole family
 * ({@code share}); the whole family but the values named ({@code complement}); the share
 * of what the values named leave out ({@code share_rest}: "¿qué porcentaje no eran de ese
 * grupo?"); or one value's figure over another's named as the whole
 * ({@code share_of_value}: "¿el 28 fue qué porcentaje del 26?", {@link WholeOfShare}).
 * Results are rounded half up to one decimal by {@link Figures}.
 */
final class Shares {

	/**
	 * The suffix of a share's sentence key when it is of what the values named leave out.
	 */
	private static final String REST = "_rest";

	private static final String AMONG_REST = "_among_rest";

	/** The suffix of a share's sentence above the fraction the question names. */
	static final String EXCEEDING = "_exceeding";

	/** The suffix of a share's sentence below the fraction the question names. */
	static final String SHORTFALL = "_shortfall";

	/** The suffix of a share's sentence key when it is of another value named. */
	private static final String OF_VALUE = "_of_value";

	private Shares() {
	}

	/**
	 * The placeholders' values; empty when the values named do not fit: none, all of the
	 * family, or a whole whose figure is not positive.
	 * @param named the values of the family the question names
	 * @param all the family's values the document covers
	 */
	static Optional<Map<String, String>> fill(AskedOperation asked, List<EntityValue> named, List<EntityValue> all,
			Figures figures) {
		Map<String, String> fill = new HashMap<>();
		boolean share = asked.operation() == Operation.SHARE;
		Optional<EntityValue> whole = asked.whole()
			.flatMap(w -> named.stream().filter(v -> w.equals(v.family() + ":" + v.id())).findFirst());
		if (share && whole.isPresent() && named.size() == 2 && figures.of(whole.get()) > 0) {
			EntityValue part = named.get(0).equals(whole.get()) ? named.get(1) : named.get(0);
			fill.put("named", figures.label(part));
			fill.put("named_value", figures.format(figures.of(part)));
			fill.put("whole", figures.label(whole.get()));
			fill.put("total", figures.format(figures.of(whole.get())));
			fill.put("result", figures.format(100 * figures.of(part) / figures.of(whole.get())));
			fill.put(OperandFills.SENTENCE_SUFFIX, OF_VALUE);
			return Optional.of(fill);
		}
		if (share && !asked.excluding() && !asked.firstGroup().isEmpty()) {
			return amongNamed(asked.firstGroup(), named, figures);
		}
		if (named.isEmpty() || named.size() == all.size()) {
			return Optional.empty();
		}
		if (share && asked.excluding() && !asked.firstGroup().isEmpty()) {
			return amongTheRest(asked.firstGroup(), named, all, figures);
		}
		double part = figures.sum(named);
		double total = figures.sum(all);
		fill.put("named", String.join(" + ", named.stream().map(figures::label).toList()));
		fill.put("named_value", figures.format(part));
		fill.put("total", figures.format(total));
		if (share && asked.excluding()) {
			fill.put("rest", figures.format(total - part));
			fill.put("result", figures.format(100 * (total - part) / total));
			fill.put(OperandFills.SENTENCE_SUFFIX, REST);
		}
		else {
			fill.put("result", figures.format(share ? 100 * part / total : total - part));
			if (share) {
				setAgainstFraction(fill, asked.bound(), 100 * part / total, figures);
			}
		}
		return Optional.of(fill);
	}

	/**
	 * Says whether {@code percent} is above or below the fraction {@code bound} names
	 * ("¿más o menos de la mitad?": the {@code share_exceeding} or
	 * {@code share_shortfall} sentence); nothing for another bound, none, or a share
	 * equal to it.
	 */
	private static void setAgainstFraction(Map<String, String> fill, Optional<CountBounds.Bound> bound, double percent,
			Figures figures) {
		bound.filter(b -> b.kind() == CountBounds.Kind.FRACTION && percent != b.number()).ifPresent(b -> {
			fill.put("fraction", figures.format(b.number()));
			fill.put(OperandFills.SENTENCE_SUFFIX, percent > b.number() ? EXCEEDING : SHORTFALL);
		});
	}

	/**
	 * What fills {@code share_of_value} for the values named whose ids are {@code parts}
	 * among all those named, added up ({@link ShareAmongNamed}); empty when no value
	 * named is a part, every one is, or the sum is not positive.
	 */
	private static Optional<Map<String, String>> amongNamed(List<String> parts, List<EntityValue> named,
			Figures figures) {
		List<EntityValue> part = named.stream().filter(v -> parts.contains(v.id())).toList();
		if (part.isEmpty() || part.size() == named.size()) {
			return Optional.empty();
		}
		return ofWhole(List.of(summed(named, true, figures), summed(part, false, figures)), figures);
	}

	/**
	 * {@code values} as one operand: their labels joined by " + ", their figures added
	 * up.
	 */
	private static Operands.Operand summed(List<EntityValue> values, boolean whole, Figures figures) {
		return new Operands.Operand(String.join(" + ", values.stream().map(figures::label).toList()),
				figures.sum(values), whole);
	}

	/**
	 * What fills {@code share_among_rest}: the share of the values named but not
	 * {@code out} (their ids) among all the values but those; empty when either set is
	 * empty or nothing is left.
	 */
	private static Optional<Map<String, String>> amongTheRest(List<String> out, List<EntityValue> named,
			List<EntityValue> all, Figures figures) {
		List<EntityValue> excluded = named.stream().filter(v -> out.contains(v.id())).toList();
		List<EntityValue> parts = named.stream().filter(v -> !out.contains(v.id())).toList();
		double rest = figures.sum(all) - figures.sum(excluded);
		if (excluded.isEmpty() || parts.isEmpty() || rest <= 0) {
			return Optional.empty();
		}
		Map<String, String> fill = new HashMap<>();
		fill.put("excluded", String.join(" + ", excluded.stream().map(figures::label).toList()));
		fill.put("excluded_value", figures.format(figures.sum(excluded)));
		fill.put("total", figures.format(figures.sum(all)));
		fill.put("rest", figures.format(rest));
		fill.put("named", String.join(" + ", parts.stream().map(figures::label).toList()));
		fill.put("named_value", figures.format(figures.sum(parts)));
		fill.put("result", figures.format(100 * figures.sum(parts) / rest));
		fill.put(OperandFills.SENTENCE_SUFFIX, AMONG_REST);
		return Optional.of(fill);
	}

	/**
	 * What fills {@code share_of_value} for a figure a value's text gives another value
	 * within it ({@link Operands}: the operand whose sources are both) over the value's
	 * own figure and that one together: "¿qué porcentaje de los de la feria eran
	 * visitantes?" of a fair of 120 exhibitors whose text adds 35 visitors is 35 of 120 +
	 * 35; of what it leaves out ({@code rest}: "sin contar a los visitantes"), 120 of
	 * them. Empty unless the operands are exactly those two, with different figures.
	 */
	static Optional<Map<String, String>> ofWithin(List<Operands.Operand> operands, boolean rest, Figures figures) {
		if (operands.size() != 2) {
			return Optional.empty();
		}
		for (Operands.Operand within : operands) {
			Operands.Operand own = operands.get(1 - operands.indexOf(within));
			if (Operands.isWithin(within, own)) {
				return ofWhole(List.of(Operands.withIt(own, within, true, figures), rest ? own : within), figures);
			}
		}
		return Optional.empty();
	}

	/**
	 * What fills {@code share_of_value} for the one operand that is no family's whole
	 * over the one that is ({@link Operands}); empty unless the operands are exactly
	 * those two.
	 */
	static Optional<Map<String, String>> ofWhole(List<Operands.Operand> operands, Figures figures) {
		return ofWhole(operands, Optional.empty(), figures);
	}

	/**
	 * As {@link #ofWhole(List, Figures)}, saying whether the share is above or below the
	 * fraction {@code bound} names, if it names one ("¿más o menos de la mitad de los
	 * registrados?").
	 */
	static Optional<Map<String, String>> ofWhole(List<Operands.Operand> operands, Optional<CountBounds.Bound> bound,
			Figures figures) {
		List<Operands.Operand> wholes = operands.stream().filter(Operands.Operand::whole).toList();
		List<Operands.Operand> parts = operands.stream().filter(o -> !o.whole()).toList();
		if (wholes.size() != 1 || parts.size() != 1 || wholes.get(0).figure() <= 0) {
			return Optional.empty();
		}
		Map<String, String> fill = new HashMap<>();
		fill.put("named", parts.get(0).label());
		fill.put("named_value", figures.format(parts.get(0).figure()));
		fill.put("whole", wholes.get(0).label());
		fill.put("total", figures.format(wholes.get(0).figure()));
		double percent = 100 * parts.get(0).figure() / wholes.get(0).figure();
		fill.put("result", figures.format(percent));
		fill.put(OperandFills.SENTENCE_SUFFIX, OF_VALUE);
		setAgainstFraction(fill, bound, percent, figures);
		return Optional.of(fill);
	}

}
