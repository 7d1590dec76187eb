package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.corpus.Section;

/**
 * An intent's answer with its placeholders filled ({@link TemplateRenderer}) for the
 * values named, and its sources; the languages a text is looked for in. Part of the
 * composition stage ({@link AnswerComposer}).
 */
final class IntentTexts {

	private final Corpus corpus;

	private final TemplateRenderer renderer;

	private final Computations computations;

	IntentTexts(Corpus corpus, TemplateRenderer renderer, Computations computations) {
		this.corpus = corpus;
		this.renderer = renderer;
		this.computations = computations;
	}

	/**
	 * The answer of {@code intent} over the values {@code selected} (by family) in the
	 * first of {@code languages} it has: its answer over all values when {@code all}, a
	 * tie's sentence when the values it ranks tie, one sentence per value of its slot
	 * named; empty when it has no text or a placeholder has no value.
	 */
	Optional<String> compose(Intent intent, Map<String, List<EntityValue>> selected, boolean all,
			List<String> languages) {
		Localized template = all ? intent.answerAll() : intent.answer();
		Optional<String> text = template.in(languages.get(0), languages.subList(1, languages.size()));
		if (text.isEmpty()) {
			return Optional.empty();
		}
		List<EntityValue> slotValues = intent.slot().map(s -> selected.getOrDefault(s, List.of())).orElse(List.of());
		if (!all && intent.answerComputesOverSlot()) {
			// "¿cuál tuvo más?" of two that tie: no largest to name.
			Optional<String> tie = computations.tie(intent, slotValues, languages);
			if (tie.isPresent()) {
				return tie;
			}
		}
		if (all || slotValues.size() <= 1 || intent.answerComputesOverSlot()) {
			return renderer.render(text.get(), languages, selected);
		}
		// One sentence per value named: "¿cuántos por Zoom el 2 y el 3?"
		List<String> parts = new ArrayList<>();
		for (EntityValue value : slotValues) {
			Map<String, List<EntityValue>> one = new HashMap<>(selected);
			one.put(intent.slot().get(), List.of(value));
			Optional<String> part = renderer.render(text.get(), languages, one);
			if (part.isEmpty()) {
				return Optional.empty();
			}
			parts.add(part.get());
		}
		// An answer that does not use its slot's value says the same for each value
		// named: once.
		return Optional.of(String.join("\n", parts.stream().distinct().toList()));
	}

	/**
	 * The intent's sections as sources, titled in the first of {@code languages} that has
	 * a title, one per link.
	 */
	List<Source> sources(Intent intent, List<String> languages) {
		return Source.oneLinkEach(intent.sections()
			.stream()
			.map(id -> corpus.section(id).orElseThrow())
			.map(section -> source(section, languages))
			.toList());
	}

	/**
	 * A section as a source: its title in the reply's language, its link or else the
	 * document's.
	 */
	Source source(Section section, List<String> languages) {
		return new Source(section.id(), section.titleIn(languages),
				section.url() != null ? section.url() : corpus.info().documentUrl());
	}

	/**
	 * {@code lang} then the languages the corpus falls back to from it: where a text is
	 * looked for, in order.
	 */
	List<String> languagesFor(String lang) {
		List<String> languages = new ArrayList<>(List.of(lang));
		languages.addAll(corpus.info().fallbacksFor(lang));
		return languages;
	}

}
