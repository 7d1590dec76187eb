package org.lacreview.index;

import java.util.List;
import java.util.Optional;

import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;

/**
 * One name the corpus gives to several values of a family ("días de talleres" names two
 * days), with no other mention of that family: in a question that asks for a number and
 * no computation, it asks their total ("¿Cuántos asistentes hubo en los dos días de
 * talleres?", a sum over the values it names); in a count of that family, it asks how
 * many values it names ("¿Cuántos días de talleres hubo?"). Not when the question names
 * other values of that family too ("los días de talleres, el lunes y el martes" names
 * each again: "¿cuántos hubo?" then asks each one's figure).
 */
final class NamedSetTotals {

	private NamedSetTotals() {
	}

	/**
	 * A sum, when {@code extraction} has one mention naming two values or more of a
	 * family and no other mention of that family, and the question asks for a number
	 * ({@code asksFor}, an {@link AnswerKinds} kind) with no operation of its own; empty
	 * otherwise.
	 */
	static Optional<AskedOperation> asked(Extraction extraction, Optional<String> asksFor) {
		if (asksFor.filter(AnswerKinds.NUMBER::equals).isEmpty()) {
			return Optional.empty();
		}
		List<Mention> sets = extraction.mentions().stream().filter(m -> m.values().size() >= 2).toList();
		if (sets.size() != 1) {
			return Optional.empty();
		}
		return aloneOfItsFamily(extraction, sets.get(0), sets.get(0).values().get(0).family())
				? Optional.of(new AskedOperation(Operation.SUM, 0, Optional.empty())) : Optional.empty();
	}

	/**
	 * {@code asked}, a count of a family with no bound, as a count of the values the
	 * question names by one name of several of them; {@code asked} itself otherwise.
	 */
	static AskedOperation counted(AskedOperation asked, Extraction question) {
		if (asked.operation() != Operation.COUNT || asked.counted().isEmpty() || asked.bound().isPresent()
				|| asked.ofNamed()) {
			return asked;
		}
		String family = asked.counted().get();
		boolean oneSetName = question.mentions()
			.stream()
			.filter(m -> m.values().stream().anyMatch(v -> v.family().equals(family)))
			.findFirst()
			.filter(m -> aloneOfItsFamily(question, m, family))
			.isPresent();
		return oneSetName ? new AskedOperation(Operation.COUNT, 0, asked.counted(), Optional.empty(), false,
				Optional.empty(), Optional.empty(), false, true) : asked;
	}

	/**
	 * Whether {@code set} names two values or more, all of {@code family}, and no other
	 * mention of {@code extraction} names one of that family.
	 */
	private static boolean aloneOfItsFamily(Extraction extraction, Mention set, String family) {
		return set.values().size() >= 2 && set.values().stream().allMatch(v -> v.family().equals(family))
				&& extraction.mentions()
					.stream()
					.filter(m -> m != set)
					.noneMatch(m -> m.values().stream().anyMatch(v -> v.family().equals(family)));
	}

}
