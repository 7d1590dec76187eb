package org.lacreview.index.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A text written in several languages, keyed by ISO 639-1 code. */
public record Localized(Map<String, String> texts) {

	public static final Localized NONE = new Localized(Map.of());

	public Localized {
		// Kept in the order written (the corpus file, a form), so that what staff read
		// follows their order.
		texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
	}

	/**
	 * The text in {@code language}, else in the first of {@code fallbacks} that has one.
	 */
	public Optional<String> in(String language, List<String> fallbacks) {
		String text = texts.get(language);
		if (text != null) {
			return Optional.of(text);
		}
		Optional<String> fallback = fallbacks.stream().map(texts::get).filter(t -> t != null).findFirst();
		// "*" holds a text written once for every language (a link, a number).
		return fallback.or(() -> Optional.ofNullable(texts.get("*")));
	}

	/** Whether {@code language} has its own text (not a fallback). */
	public boolean has(String language) {
		return texts.containsKey(language) || texts.containsKey("*");
	}

	public boolean isEmpty() {
		return texts.isEmpty();
	}
}
