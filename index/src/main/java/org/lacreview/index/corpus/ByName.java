package org.lacreview.index.corpus;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A corpus's intents or sections, in file order, unmodifiable, with a look-up by name:
 * {@link Corpus#intent} is asked several times for every question, and
 * {@link Corpus#section} once per source of every intent when a corpus is validated; a
 * scan each time showed in the profiles (a fifth of loading a corpus of 50,000 intents).
 * The first element of a name wins, as the scan did.
 */
final class ByName<T> extends AbstractList<T> implements RandomAccess {

	private final List<T> elements;

	private final Map<String, T> byName = new HashMap<>();

	private ByName(List<T> elements, Function<T, String> name) {
		this.elements = List.copyOf(elements);
		this.elements.forEach(e -> byName.putIfAbsent(name.apply(e), e));
	}

	/**
	 * {@code elements} with a look-up by {@code name}; the same list when it already is
	 * one.
	 */
	static <T> ByName<T> of(List<T> elements, Function<T, String> name) {
		return elements instanceof ByName<T> named ? named : new ByName<>(elements, name);
	}

	Optional<T> named(String name) {
		return Optional.ofNullable(byName.get(name));
	}

	@Override
	public T get(int index) {
		return elements.get(index);
	}

	@Override
	public int size() {
		return elements.size();
	}

}
