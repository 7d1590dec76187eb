package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.corpus.Placeholder;

/**
 * Computed answers: the result of the {@link Operation} a question asks for
 * ({@link OperationReader}) over the values it names, with the figures it used, in the
 * corpus's {@code computed} sentence (messages.yml). The figure is the numeric attribute
 * the intent's answer shows for its slot ({@code {group.count}} → count), so any family
 * with numbers computes alike; durations and days between are computed over the values'
 * dates. Difference and ratio: two values, the larger first. Change: from the value the
 * question compares with ("than …"), else the earlier when both have an order, else the
 * smaller (the larger when asked with a word for fewer), to the other, in percent of the
 * first. Sum: two or more. Share: the values named over the sum of the whole family.
 * Complement: the whole family but the values named. Rank: the value at the position
 * asked. Average: of the values named, else of the whole family, or over the parts of the
 * one value named (its {@code parts}). Count: the family's values. Results are rounded
 * half up to one decimal. The computation over the intent's slot is
 * {@link SlotComputations} (filled by {@link FigureFills}), over quoted figures
 * {@link QuotedComputations}, and every sentence comes from {@link ComputedSentences}.
 */
final class Computations {

	private final Corpus corpus;

	private final FiguresInTexts figuresInTexts;

	private final ComputedSentences sentences;

	private final SlotComputations slots;

	private final QuotedComputations quoted;

	/**
	 * @param mentioned per intent, the families its examples name values of
	 * @param datedFamilies the families whose values have dates (a date names values of
	 * each of them)
	 * @param figuresInTexts the figures values' texts give other values (operands across
	 * families)
	 */
	Computations(Corpus corpus, Map<String, Set<String>> mentioned, Set<String> datedFamilies,
			FiguresInTexts figuresInTexts) {
		this.corpus = corpus;
		this.figuresInTexts = figuresInTexts;
		this.sentences = new ComputedSentences(corpus);
		this.slots = new SlotComputations(corpus, mentioned, datedFamilies, figuresInTexts, sentences);
		this.quoted = new QuotedComputations(corpus, sentences);
	}

	/**
	 * The sentence giving the result of the computation asked over the values of
	 * {@code intent}'s slot in {@code selected}; empty when the intent has no slot with
	 * figures (or dates), the values named do not fit the operation, or the corpus has no
	 * sentence for it.
	 * @param languages the reply's language, then those to fall back to
	 */
	Optional<String> compute(AskedOperation asked, Intent intent, Map<String, List<EntityValue>> selected,
			List<String> languages) {
		if (asked.perValue().isPresent()) {
			// "¿Hubo más talleres el lunes que el martes?": how many workshops each day
			// has, never the days' own figures.
			return perValue(asked, intent, selected, languages);
		}
		if (asked.operation() == Operation.SHARE
				&& asked.familyWhole().filter(f -> selected.getOrDefault(f, List.of()).isEmpty()).isPresent()) {
			// "What fraction of the registered showed up on Zoom on April 26?": a share
			// of the whole the question names, not of the slot's family.
			return acrossFamilies(asked, selected, languages);
		}
		if (asked.fromAverage()) {
			// "YouTube per day on average, compared with Zoom?": an average no figure
			// gives, not the difference between the two.
			return slots.compute(asked, intent, selected, languages);
		}
		return slots.compute(asked, intent, selected, languages)
			.or(() -> acrossFamilies(asked, selected, languages))
			.or(() -> perPart(asked, selected, languages));
	}

	/**
	 * The sentence saying that the values named all have the same figure
	 * ({@code difference_equal}), for an intent whose answer picks the largest and the
	 * smallest of them ({@code max(group.count)}); empty when fewer than two are named,
	 * their figures differ, or the corpus has no such sentence.
	 * @param named the values of the intent's slot the question names or points back to
	 */
	Optional<String> tie(Intent intent, List<EntityValue> named, List<String> languages) {
		Optional<EntityFamily> family = intent.slot().flatMap(corpus::family);
		if (named.size() < 2 || family.isEmpty()) {
			return Optional.empty();
		}
		List<EntityValue> all = family.get().values().stream().filter(EntityValue::inDocument).toList();
		return figure(intent, family.get().name(), all).flatMap(attribute -> {
			Figures figures = new Figures(attribute, languages);
			if (named.stream().mapToDouble(figures::of).distinct().count() != 1) {
				return Optional.empty();
			}
			return OperandFills.fill(Operation.DIFFERENCE,
					named.stream().map(v -> new Operands.Operand(figures.label(v), figures.of(v))).toList(), figures)
				.flatMap(fill -> sentences.sentence(Operation.DIFFERENCE.key(), fill, languages));
		});
	}

	/**
	 * The computation over how many values of the family {@link AskedOperation#perValue}
	 * names each value named has ({@link PerValueCounts}), by an intent whose slot is
	 * their family and that shows no figure of theirs; empty for another intent, or
	 * values of more than one family.
	 */
	private Optional<String> perValue(AskedOperation asked, Intent intent, Map<String, List<EntityValue>> selected,
			List<String> languages) {
		Optional<EntityFamily> counted = asked.perValue().flatMap(corpus::family);
		List<String> families = selected.entrySet()
			.stream()
			.filter(e -> !e.getValue().isEmpty())
			.map(Map.Entry::getKey)
			.toList();
		if (counted.isEmpty() || families.size() > 1) {
			return Optional.empty();
		}
		// A rank naming no value ranks all the values the counted belong to.
		Optional<EntityFamily> owners = families.isEmpty()
				? PerValueCounting.owners(corpus.familiesByName(), counted.get()) : corpus.family(families.get(0));
		if (owners.isEmpty() || !intent.slot().equals(Optional.of(owners.get().name()))) {
			return Optional.empty();
		}
		List<EntityValue> named = families.isEmpty() ? List.of()
				: selected.get(families.get(0)).stream().distinct().toList();
		return PerValueCounts.fill(asked, counted.get(), named, owners.get().values(), new Figures("", languages))
			.flatMap(fill -> sentences.sentence(asked.operation().key(), fill, languages));
	}

	/**
	 * An average over the parts of the one value named ("¿cuántos por taller en
	 * promedio?" of six workshops with one figure): its figure, its only numeric
	 * attribute, divided by its {@code parts}.
	 */
	private Optional<String> perPart(AskedOperation asked, Map<String, List<EntityValue>> selected,
			List<String> languages) {
		List<EntityValue> named = selected.values()
			.stream()
			.flatMap(List::stream)
			.filter(EntityValue::inDocument)
			.distinct()
			.toList();
		// Its parts are of its own kind: "per country" is per no part of it.
		if (asked.operation() != Operation.AVERAGE || named.size() != 1 || named.get(0).parts().isEmpty()
				|| asked.perFamily().isPresent()) {
			return Optional.empty();
		}
		EntityValue value = named.get(0);
		Optional<String> figure = Operands.onlyFigure(value);
		if (figure.isEmpty()) {
			return Optional.empty();
		}
		Figures figures = new Figures(figure.get(), languages);
		int parts = value.parts().get();
		Map<String, String> fill = new HashMap<>();
		fill.put("values", figures.listed(List.of(value), ", "));
		fill.put("sum", figures.format(figures.of(value)));
		fill.put("count", String.valueOf(parts));
		fill.put("result", figures.format(figures.of(value) / parts));
		return sentences.sentence(asked.operation().key(), fill, languages);
	}

	/**
	 * A difference, ratio or sum over the figures of the values named when they are not
	 * all of the intent's slot ({@link Operands}): YouTube's audience against Zoom's on
	 * one day.
	 */
	private Optional<String> acrossFamilies(AskedOperation asked, Map<String, List<EntityValue>> selected,
			List<String> languages) {
		Operation operation = asked.operation();
		boolean shareOfWhole = operation == Operation.SHARE && asked.familyWhole().isPresent();
		// "¿Qué porcentaje de los de la feria eran visitantes?": a figure the fair's text
		// gives within it, over the fair's own and it together.
		boolean shareWithin = operation == Operation.SHARE && asked.familyWhole().isEmpty();
		if (operation != Operation.DIFFERENCE && operation != Operation.RATIO && operation != Operation.SUM
				&& operation != Operation.CHANGE && !shareOfWhole && !shareWithin) {
			return Optional.empty();
		}
		// A family's whole is compared with, never added to: "¿cuántos en total se
		// registraron?" asks the whole itself.
		Optional<List<Operands.Operand>> operands = Operands.of(selected, languages, figuresInTexts,
				asked.familyWhole().flatMap(corpus::family));
		if (operands.isPresent() && operation != Operation.SUM) {
			// "¿Cuántos más en los seminarios que en la consulta (entidades + ONU)?": the
			// UN agencies' people within the consultation are added to it, not set
			// against it.
			operands = operands.map(o -> Operands.withinMerged(o, new Figures("", languages)));
		}
		if (operands.isEmpty() || operation != Operation.SUM && operands.get().size() != 2) {
			return Optional.empty();
		}
		if (operation == Operation.CHANGE) {
			List<EntityValue> named = selected.values().stream().flatMap(List::stream).toList();
			return changeAcross(asked, operands.get(), named, languages);
		}
		if (shareWithin) {
			return Shares.ofWithin(operands.get(), asked.excluding(), new Figures("", languages))
				.flatMap(fill -> sentences.sentence(operation.key(), fill, languages));
		}
		if (shareOfWhole) {
			// "¿Qué porcentaje de los registrados representan los de YouTube?": the one
			// figure named over the family's whole.
			return Shares.ofWhole(operands.get(), asked.bound(), new Figures("", languages))
				.flatMap(fill -> sentences.sentence(operation.key(), fill, languages));
		}
		return OperandFills.fill(asked, operands.get(), new Figures("", languages))
			.flatMap(fill -> sentences.sentence(operation.key(), fill, languages));
	}

	/**
	 * A change in percent between two figures of different families ("¿qué porcentaje más
	 * vieron por YouTube que por Zoom el 26?"): relative to the operand read from the
	 * value the question compares with ({@link AskedOperation#changeBase}), else to the
	 * smaller figure, or the larger when the question says fewer
	 * ({@link AskedOperation#fewer}). Empty for equal figures, and when each figure is
	 * read from a value in an order (a day's Zoom figure): those go from the earlier,
	 * over the slot's figures.
	 */
	private Optional<String> changeAcross(AskedOperation asked, List<Operands.Operand> operands,
			List<EntityValue> named, List<String> languages) {
		if (operands.get(0).figure() == operands.get(1).figure()) {
			return Optional.empty();
		}
		int base;
		if (asked.changeBase().isPresent()) {
			base = operands.get(1).sources().contains(asked.changeBase().get()) ? 1 : 0;
		}
		else if (operands.stream()
			.allMatch(o -> named.stream().anyMatch(v -> o.sources().contains(v.id()) && v.order().isPresent()))) {
			// Values in an order go from the earlier, over the slot's figures.
			return Optional.empty();
		}
		else {
			// "¿En qué porcentaje superó YouTube a Zoom?": relative to the smaller,
			// or to the larger when asked with a word for fewer.
			int larger = operands.get(0).figure() > operands.get(1).figure() ? 0 : 1;
			base = asked.fewer() ? larger : 1 - larger;
		}
		Figures figures = new Figures("", languages);
		return FigureFills.change(operands.get(base), operands.get(1 - base), figures)
			.flatMap(fill -> sentences.sentence(asked.operation().key(), fill, languages));
	}

	/** See {@link QuotedComputations#overQuoted}. */
	Optional<String> overQuoted(AskedOperation asked, String masked, String folded, String answer,
			List<String> languages) {
		return quoted.overQuoted(asked, masked, folded, answer, languages);
	}

	/** See {@link QuotedComputations#overQuotedOperands}. */
	Optional<String> overQuotedOperands(AskedOperation asked, Map<String, List<EntityValue>> selected, String masked,
			List<String> languages) {
		return quoted.overQuotedOperands(asked, selected, masked, languages);
	}

	/**
	 * The numeric attribute {@code intent}'s answers show for its slot's {@code family}
	 * ("{group.count}", "{max(day.zoom).label}"), when every value the document covers
	 * has it.
	 */
	static Optional<String> figure(Intent intent, String family, List<EntityValue> values) {
		List<Placeholder> placeholders = new ArrayList<>();
		for (Localized answer : List.of(intent.answer(), intent.answerAll())) {
			answer.texts().values().forEach(text -> placeholders.addAll(Placeholder.parse(text)));
		}
		return placeholders.stream()
			.filter(p -> p.family().equals(family))
			.map(Placeholder::attribute)
			.flatMap(Optional::stream)
			.filter(a -> !values.isEmpty() && values.stream().allMatch(v -> v.attributes().get(a) instanceof Number))
			.findFirst();
	}

}
