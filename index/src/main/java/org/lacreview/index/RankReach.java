package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
	 * ordered as the rank orders them, by slot family; for a first place,
	 * {@code remembered} (what the conversation remembered) with that value added to its
	 * family's; empty for another operation, a rank among the values left out ("sin
	 * contar a…"), a place past the last, or an intent that shows no figure for its slot.
	 */
	static Optional<Map<String, List<String>>> reached(AskedOperation asked, Intent intent, Corpus corpus,
			Map<String, List<String>> remembered) {
		if (!asked.operation().isRank() || asked.excluding()) {
			return Optional.empty();
		}
		Optional<EntityFamily> family = intent.slot().flatMap(corpus::family);
		if (family.isEmpty()) {
			return Optional.empty();
		}
		List<EntityValue> all = family.get().values().stream().filter(EntityValue::inDocument).toList();
		if (asked.position() < 1 || asked.position() > all.size()) {
			return Optional.empty();
		}
		String name = family.get().name();
		return Computations.figure(intent, name, all).map(attribute -> {
			Figures figures = new Figures(attribute, List.of());
			Comparator<EntityValue> byFigure = Comparator.comparingDouble(figures::of);
			List<EntityValue> ordered = new ArrayList<>(all);
			ordered.sort(asked.operation() == Operation.RANK_MOST ? byFigure.reversed() : byFigure);
			List<String> reach = ordered.subList(0, asked.position()).stream().map(EntityValue::id).toList();
			if (asked.position() > 1) {
				return Map.of(name, reach);
			}
			// A first place ("and the fewest?") goes through no other value: what was
			// remembered stays (the other end a superlative asked before), with it.
			Map<String, List<String>> kept = new HashMap<>(remembered);
			List<String> values = new ArrayList<>(kept.getOrDefault(name, List.of()));
			if (!values.contains(reach.get(0))) {
				values.add(reach.get(0));
			}
			kept.put(name, values);
			return kept;
		});
	}

}
