package org.lacreview.index;

import java.util.List;
import java.util.Optional;

import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;

/**
 * "¿Cuántos asistentes hubo en los dos días de talleres?": one name the corpus gives to
 * several values of a family ("días de talleres" names two days), in a question that asks
 * for a number and no computation, asks their total: a sum over the values it names. Not
 * when the question names other values of that family too ("los días de talleres, el
 * lunes y el martes" names each again: "¿cuántos hubo?" then asks each one's figure).
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
		String family = sets.get(0).values().get(0).family();
		boolean alone = sets.get(0).values().stream().allMatch(v -> v.family().equals(family)) && extraction.mentions()
			.stream()
			.filter(m -> m != sets.get(0))
			.noneMatch(m -> m.values().stream().anyMatch(v -> v.family().equals(family)));
		return alone ? Optional.of(new AskedOperation(Operation.SUM, 0, Optional.empty())) : Optional.empty();
	}

}
