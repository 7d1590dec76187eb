package org.lacreview.bot.draft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.lacreview.index.corpus.IntentContent;

/**
 * An intent as the staff page and {@code /api/admin/draft/intents/{name}} show and take
 * it. In a {@code PUT}, a field left out (or null) keeps its value; an empty list or map
 * clears it.
 *
 * @param examples example questions per language code
 * @param answer the answer per language code ({@code "*"}: one text for every language)
 * @param answerAll the answer to questions that name no value of {@code slot}
 * @param sections ids of the document sections cited as the source
 * @param suggest names of the intents offered as next questions
 * @param slot the entity family whose value the answer depends on, or null
 */
public record IntentForm(Map<String, List<String>> examples, Map<String, String> answer,
		@JsonProperty("answer_all") Map<String, String> answerAll, List<String> sections, List<String> suggest,
		String slot, Boolean unanswerable) {

	static IntentForm of(IntentContent content) {
		return new IntentForm(content.examples(), content.answer(), content.answerAll(), content.sections(),
				content.suggest(), content.slot().orElse(null), content.unanswerable());
	}

	/**
	 * The intent {@code name} with this form's fields, and {@code current}'s where this
	 * form has none.
	 */
	IntentContent over(String name, IntentContent current) {
		return new IntentContent(name, slot == null ? current.slot() : Optional.of(slot),
				sections == null ? current.sections() : sections,
				examples == null ? current.examples() : new LinkedHashMap<>(examples),
				answer == null ? current.answer() : answer, answerAll == null ? current.answerAll() : answerAll,
				suggest == null ? current.suggest() : suggest,
				unanswerable == null ? current.unanswerable() : unanswerable);
	}

	static IntentContent empty(String name) {
		return new IntentContent(name, Optional.empty(), List.of(), Map.of(), Map.of(), Map.of(), List.of(), false);
	}
}
