package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;

/**
 * What a conversation remembers after a rank was answered: the values from the first
 * place down to the one asked ("¿y el segundo?" reaches the first two), so that "¿y
 * juntos?" or "¿cuántos más tiene el primero?" next is over the two the conversation has
 * gone through, not over every value an earlier answer listed.
 */
final class RankReach {

	private RankReach() {
	}

	/**
	 * The values of {@code intent}'s slot at places 1 to the one {@code asked} names,
	 * ordered as the rank orders them, by slot family; empty for another operation, a
	 * first place, a rank among the values left out ("sin contar a…"), a place past the
	 * last, or an intent that shows no figure for its slot.
	 */
	static Optional<Map<String, List<String>>> reached(AskedOperation asked, Intent intent, Corpus corpus) {
		if (!asked.operation().isRank() || asked.excluding()) {
			return Optional.empty();
		}
		Optional<EntityFamily> family = intent.slot().flatMap(corpus::family);
		if (family.isEmpty()) {
			return Optional.empty();
		}
		List<EntityValue> all = family.get().values().stream().filter(EntityValue::inDocument).toList();
		// A first place ("and the fewest?") goes through no other value: what was
		// remembered stays, the two ends an answer gave among it.
		if (asked.position() < 2 || asked.position() > all.size()) {
			return Optional.empty();
		}
		return Computations.figure(intent, family.get().name(), all).map(attribute -> {
			Figures figures = new Figures(attribute, List.of());
			Comparator<EntityValue> byFigure = Comparator.comparingDouble(figures::of);
			List<EntityValue> ordered = new ArrayList<>(all);
			ordered.sort(asked.operation() == Operation.RANK_MOST ? byFigure.reversed() : byFigure);
			return Map.of(family.get().name(),
					ordered.subList(0, asked.position()).stream().map(EntityValue::id).toList());
		});
	}

}
