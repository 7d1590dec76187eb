package org.lacreview.index.corpus;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A corpus's intents, in file order, unmodifiable, with a look-up by name: {@link Corpus#intent(String)} is
 * asked several times for every question, and a scan of every intent each time showed in the profiles. The
 * first intent of a name wins, as the scan did.
 */
final class NamedIntents extends AbstractList<Intent> implements RandomAccess {

	private final List<Intent> intents;

	private final Map<String, Intent> byName = new HashMap<>();

	private NamedIntents(List<Intent> intents) {
		this.intents = List.copyOf(intents);
		this.intents.forEach(i -> byName.putIfAbsent(i.name(), i));
	}

	static NamedIntents of(List<Intent> intents) {
		return intents instanceof NamedIntents named ? named : new NamedIntents(intents);
	}

	Optional<Intent> named(String name) {
		return Optional.ofNullable(byName.get(name));
	}

	@Override
	public Intent get(int index) {
		return intents.get(index);
	}

	@Override
	public int size() {
		return intents.size();
	}
}
