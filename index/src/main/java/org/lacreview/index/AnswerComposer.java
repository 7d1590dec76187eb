package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.corpus.Section;

/**
 * Writes what the bot says once the engine has decided: the intent's answer with its placeholders filled, its
 * sources and suggested questions, or the honest fallback with questions it can answer instead.
 */
final class AnswerComposer {

	private static final int MAX_SUGGESTIONS = 3;

	/** Intents scored at least this much are offered on a fallback before the default suggestions. */
	private static final double SUGGESTION_SCORE = 0.15;

	private final Corpus corpus;

	private final TemplateRenderer renderer;

	AnswerComposer(Corpus corpus, TemplateRenderer renderer) {
		this.corpus = corpus;
		this.renderer = renderer;
	}

	Optional<String> compose(Intent intent, Map<String, List<EntityValue>> selected, boolean all,
			List<String> languages) {
		Localized template = all ? intent.answerAll() : intent.answer();
		Optional<String> text = template.in(languages.get(0), languages.subList(1, languages.size()));
		if (text.isEmpty()) {
			return Optional.empty();
		}
		List<EntityValue> slotValues = intent.slot().map(s -> selected.getOrDefault(s, List.of())).orElse(List.of());
		if (all || slotValues.size() <= 1) {
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
		return Optional.of(String.join("\n", parts));
	}

	List<Source> sources(Intent intent) {
		return intent.sections().stream().map(id -> corpus.section(id).orElseThrow()).map(this::source).toList();
	}

	private Source source(Section section) {
		return new Source(section.id(), section.title(),
				section.url() != null ? section.url() : corpus.info().documentUrl());
	}

	List<String> suggestions(List<String> intents, List<String> languages, String except) {
		Set<String> questions = new LinkedHashSet<>();
		for (String name : intents) {
			if (questions.size() == MAX_SUGGESTIONS || name.equals(except)) {
				continue;
			}
			corpus.intent(name).flatMap(i -> languages.stream().map(i::firstExample).flatMap(Optional::stream).findFirst())
				.ifPresent(questions::add);
		}
		return List.copyOf(questions);
	}

	/**
	 * The honest "I don't know", with up to three questions the bot can answer.
	 * @param reason a sentence saying what the document lacks, put first when there is one
	 */
	Answer fallback(String lang, List<String> languages, List<Scored> ranked, Optional<String> reason, Trace trace) {
		List<String> candidates = new ArrayList<>();
		ranked.stream().filter(s -> s.score() >= SUGGESTION_SCORE).map(Scored::name)
			.filter(name -> corpus.intent(name).map(i -> !i.isOutOfScope() && !i.unanswerable() && !i.sections().isEmpty())
				.orElse(false))
			.limit(MAX_SUGGESTIONS).forEach(candidates::add);
		candidates.addAll(corpus.messages().defaultSuggestions());
		List<String> offered = suggestions(candidates, languages, "");
		StringBuilder text = new StringBuilder();
		reason.ifPresent(t -> text.append(t).append(' '));
		// After a reason, the lead for the suggestions alone, so that the reply does not say twice that the bot
		// cannot answer ("…no tiene datos sobre lo que preguntas. No tengo esa información…").
		Optional<String> lead = reason.isPresent() ? corpus.messages().fallbackSuggestions().in(lang, languages)
				: Optional.empty();
		text.append(lead.or(() -> corpus.messages().fallback().in(lang, languages)).orElse(""));
		offered.forEach(q -> text.append("\n• ").append(q));
		return new Answer(text.toString().strip(), false, Answer.FALLBACK, 0, lang, List.of(), offered, trace);
	}
}
