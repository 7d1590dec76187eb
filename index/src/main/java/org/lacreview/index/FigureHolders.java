package org.lacreview.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * "¿Cuántos patrocinadores?" right after an answer about the fair, whose text gives them
 * a figure ("40 expositores y 12 patrocinadores"): the question is about the sponsors
 * within the fair, not about the sponsors' own figures elsewhere. When every value the
 * question names has a figure in the texts of the one value the last answer was about
 * ({@link FiguresInTexts}), and the question names no value of that value's family, it is
 * read again with that value's name added. Part of the follow-up stage.
 */
final class FigureHolders {

	private final Corpus corpus;

	private final FiguresInTexts figures;

	/**
	 * @param figures the figures values' texts give other values, built once per engine
	 */
	FigureHolders(Corpus corpus, FiguresInTexts figures) {
		this.corpus = corpus;
		this.figures = figures;
	}

	/**
	 * {@code question} with the name (in {@code lang}, else the corpus's fallbacks) of
	 * the last answer's value that gives every named value a figure; empty when the
	 * question names no value or a dated one, names one of that value's family, names the
	 * named values' family by its noun or its whole's words without leaning on the
	 * previous turn ({@link Extraction#leansOnContext}: "¿y …?", few words of its own),
	 * or the last answer was about more or fewer than one such value.
	 * @param extraction what {@code question} names
	 */
	Optional<String> withHolder(Extraction extraction, String question, String lang, DialogState previous) {
		List<EntityValue> named = extraction.namedValues().stream().map(this::value).flatMap(Optional::stream).toList();
		// A day's number in a span ("del 26 al 28 de abril") is no figure of it.
		if (named.isEmpty() || named.stream().anyMatch(v -> v.date().isPresent())) {
			return Optional.empty();
		}
		List<EntityValue> holders = previous.values()
			.entrySet()
			.stream()
			.filter(e -> !extraction.selectedFamilies().contains(e.getKey()))
			.flatMap(e -> e.getValue().stream().map(id -> value(e.getKey() + ":" + id)))
			.flatMap(Optional::stream)
			.filter(holder -> named.stream().allMatch(v -> figures.inTextsOf(holder, v).isPresent()))
			.toList();
		if (holders.size() != 1) {
			return Optional.empty();
		}
		// Read only once a holder is found, as most questions have none. A question of
		// its own ("how many sponsors took part?") is about the sponsors within the fair
		// too, unless it names their family by its noun or its whole's
		// words ("¿cuántos inscritos tuvo el grupo de patrocinadores?").
		if (!extraction.leansOnContext() && named.stream()
			.map(EntityValue::family)
			.distinct()
			.anyMatch(family -> saysItsFamily(extraction.folded(), family, lang))) {
			return Optional.empty();
		}
		return holders.get(0)
			.label()
			.in(lang, corpus.info().fallbacksFor(lang))
			.map(name -> question.strip() + " (" + name + ")");
	}

	/**
	 * Whether {@code folded} says one of {@code family}'s {@code order_words} or, in
	 * {@code lang}, a word of its whole.
	 */
	private boolean saysItsFamily(String folded, String family, String lang) {
		return corpus.family(family).map(f -> {
			List<String> words = new ArrayList<>(f.orderWords());
			f.whole().ifPresent(w -> words.addAll(w.names().getOrDefault(lang, List.of())));
			Pattern pattern = Phrases.wholeWords(words.stream().map(Folding::fold).toList());
			return pattern != null && pattern.matcher(folded).find();
		}).orElse(false);
	}

	/** The value of a "family:id" key. */
	private Optional<EntityValue> value(String key) {
		String[] parts = key.split(":", 2);
		return corpus.family(parts[0]).flatMap(f -> f.value(parts[1]));
	}

}
