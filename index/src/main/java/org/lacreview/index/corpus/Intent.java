package org.lacreview.index.corpus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What users ask and what the bot answers. {@code answer} serves questions that name a
 * value of {@code slot} (or every question when there is no slot); {@code answerAll}
 * serves those that name none. An {@code unanswerable} intent is a question about
 * something the document does not say (the venue): its answer explains that, and the
 * reply counts as not answered. {@code answers} lists the kinds of answer it gives
 * ({@code person}, {@code date}…, as the languages' {@code asks_for} name them): a
 * question asking for another kind ("¿dónde?" of a date) is not answered by it; empty
 * when it answers any question that reaches it.
 */
public record Intent(String name, Optional<String> slot, List<String> sections, List<Example> examples,
		Localized answer, Localized answerAll, List<String> suggest, boolean unanswerable, Location location,
		Map<String, Location> keyLocations, List<String> answers) {

	/** The intent whose examples are questions the bot must not answer. */
	public static final String OUT_OF_SCOPE = "out_of_scope";

	public Intent {
		sections = List.copyOf(sections);
		examples = List.copyOf(examples);
		suggest = List.copyOf(suggest);
		keyLocations = Map.copyOf(keyLocations);
		answers = List.copyOf(answers);
	}

	/** An intent that answers any kind of question. */
	public Intent(String name, Optional<String> slot, List<String> sections, List<Example> examples, Localized answer,
			Localized answerAll, List<String> suggest, boolean unanswerable, Location location,
			Map<String, Location> keyLocations) {
		this(name, slot, sections, examples, answer, answerAll, suggest, unanswerable, location, keyLocations,
				List.of());
	}

	/**
	 * An intent whose keys' lines are not known (built in code rather than read from a
	 * file).
	 */
	public Intent(String name, Optional<String> slot, List<String> sections, List<Example> examples, Localized answer,
			Localized answerAll, List<String> suggest, boolean unanswerable, Location location) {
		this(name, slot, sections, examples, answer, answerAll, suggest, unanswerable, location, Map.of());
	}

	/**
	 * Where key {@code key} ({@code "sections"}, {@code "answer"}…) is written, so that a
	 * problem with its value names its line; the intent's own line when the key is not
	 * written.
	 */
	public Location at(String key) {
		return keyLocations.getOrDefault(key, location);
	}

	/** This intent with other examples (calibration holds some out). */
	public Intent withExamples(List<Example> examples) {
		return new Intent(name, slot, sections, examples, answer, answerAll, suggest, unanswerable, location,
				keyLocations, answers);
	}

	public boolean isOutOfScope() {
		return OUT_OF_SCOPE.equals(name);
	}

	/**
	 * Whether this intent answers from the document: it has source sections, and is
	 * neither out of scope nor unanswerable (chit-chat such as a greeting has no
	 * section).
	 */
	public boolean answersFromTheDocument() {
		return !isOutOfScope() && !unanswerable && !sections.isEmpty();
	}

	/**
	 * Whether its answer computes over the values of its slot family
	 * ({@code max(group.count)}) in some language, rather than speaking of one value: it
	 * then ranges over the values the question names together.
	 */
	public boolean answerComputesOverSlot() {
		return slot.isPresent() && answer.texts()
			.values()
			.stream()
			.flatMap(text -> Placeholder.parse(text).stream())
			.anyMatch(p -> p.function().isPresent() && p.family().equals(slot.get()));
	}

	/**
	 * The first example in {@code language}, used to offer this intent as a suggested
	 * question.
	 */
	public Optional<String> firstExample(String language) {
		return examples.stream().filter(e -> e.language().equals(language)).map(Example::text).findFirst();
	}
}
