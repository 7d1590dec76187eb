package org.lacreview.index.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What staff edit of one intent, as plain values rather than YAML: the shape of the staff
 * page's intent form and of {@code /api/admin/draft/intents/{name}}.
 *
 * @param examples example questions per language (ISO 639-1 code), in file order
 * @param answer the answer template per language, or under {@code "*"} one text for every
 * language
 * @param answerAll the template for questions that name no value of {@code slot}, keyed
 * as {@code answer}
 * @param sections ids of the document sections given as the answer's source
 * @param suggest names of the intents offered as follow-up questions
 */
public record IntentContent(String name, Optional<String> slot, List<String> sections,
		Map<String, List<String>> examples, Map<String, String> answer, Map<String, String> answerAll,
		List<String> suggest, boolean unanswerable) {

	public IntentContent {
		slot = slot.filter(s -> !s.isBlank());
		sections = List.copyOf(sections);
		Map<String, List<String>> copied = new LinkedHashMap<>();
		examples.forEach((language, texts) -> copied.put(language, List.copyOf(texts)));
		examples = Collections.unmodifiableMap(copied);
		answer = Collections.unmodifiableMap(new LinkedHashMap<>(answer));
		answerAll = Collections.unmodifiableMap(new LinkedHashMap<>(answerAll));
		suggest = List.copyOf(suggest);
	}

	/** An intent as the loader read it, in the order of its file. */
	static IntentContent of(Intent intent) {
		Map<String, List<String>> examples = new LinkedHashMap<>();
		for (Example example : intent.examples()) {
			examples.computeIfAbsent(example.language(), l -> new ArrayList<>()).add(example.text());
		}
		return new IntentContent(intent.name(), intent.slot(), intent.sections(), examples, intent.answer().texts(),
				intent.answerAll().texts(), intent.suggest(), intent.unanswerable());
	}
}
