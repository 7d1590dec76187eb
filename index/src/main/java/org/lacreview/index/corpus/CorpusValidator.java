package org.lacreview.index.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lacreview.index.folding.Folding;

/**
 * Checks what the loader cannot see file by file: duplicates, dangling references,
 * missing translations, placeholders that name no attribute. Errors stop a corpus from
 * being served; warnings do not.
 */
public final class CorpusValidator {

	private final Corpus corpus;

	private final List<Problem> problems = new ArrayList<>();

	private CorpusValidator(Corpus corpus) {
		this.corpus = corpus;
	}

	public static List<Problem> validate(Corpus corpus) {
		CorpusValidator validator = new CorpusValidator(corpus);
		validator.checkUniqueNames();
		validator.checkIntents();
		validator.checkExamplesAreUnique();
		validator.checkFamilies();
		validator.checkMessages();
		validator.checkTelegram();
		validator.checkAnaphora();
		validator.problems.addAll(AnswerKindsCheck.problems(corpus));
		return List.copyOf(validator.problems);
	}

	private void checkUniqueNames() {
		Map<String, Location> seen = new HashMap<>();
		corpus.intents().forEach(i -> unique(seen, "intent " + i.name(), i.location()));
		corpus.sections().forEach(s -> unique(seen, "section " + s.id(), s.location()));
		corpus.families().forEach(f -> {
			unique(seen, "entity family " + f.name(), f.location());
			f.values().forEach(v -> unique(seen, "value " + f.name() + "." + v.id(), v.location()));
		});
	}

	private void unique(Map<String, Location> seen, String what, Location location) {
		Location first = seen.putIfAbsent(what, location);
		if (first != null) {
			problems.add(Problem.error(location, what + " is defined twice (first at " + first + ")"));
		}
	}

	private void checkIntents() {
		Set<String> intents = new HashSet<>();
		corpus.intents().forEach(i -> intents.add(i.name()));
		for (Intent intent : corpus.intents()) {
			Location at = intent.location();
			if (intent.examples().isEmpty()) {
				problems.add(Problem.error(at, "intent " + intent.name() + " has no examples")
					.coded("intent.no_examples", Map.of()));
			}
			intent.sections()
				.stream()
				.filter(s -> corpus.section(s).isEmpty())
				.forEach(s -> problems.add(Problem
					.error(intent.at("sections"),
							"intent " + intent.name() + " names a section that does not exist: " + s)
					.coded("intent.unknown_section", Map.of("section", s))));
			intent.suggest()
				.stream()
				.filter(s -> !intents.contains(s))
				.forEach(s -> problems.add(Problem
					.error(intent.at("suggest"),
							"intent " + intent.name() + " suggests an intent that does not exist: " + s)
					.coded("intent.unknown_suggestion", Map.of("intent", s))));
			intent.slot()
				.filter(s -> corpus.family(s).isEmpty())
				.ifPresent(s -> problems.add(Problem
					.error(intent.at("slot"), "intent " + intent.name() + " has a slot with no entity family: " + s)
					.coded("intent.unknown_slot", Map.of("slot", s))));
			if (intent.isOutOfScope()) {
				continue;
			}
			if (intent.answer().isEmpty()) {
				problems.add(Problem.error(at, "intent " + intent.name() + " has no answer")
					.coded("intent.no_answer", Map.of()));
			}
			if (intent.slot().isPresent() && intent.answerAll().isEmpty()) {
				problems.add(Problem
					.error(at,
							"intent " + intent.name()
									+ " has a slot but no answer_all for questions that name no value")
					.coded("intent.no_answer_all", Map.of()));
			}
			checkTranslations(intent);
			checkTemplates(intent, "answer", intent.answer());
			checkTemplates(intent, "answer_all", intent.answerAll());
		}
	}

	private void checkTranslations(Intent intent) {
		for (String language : corpus.info().languages()) {
			boolean missing = !intent.answer().has(language)
					|| (intent.slot().isPresent() && !intent.answerAll().has(language));
			if (missing) {
				String message = "intent " + intent.name() + " has no answer in '" + language + "'";
				Location at = intent.at("answer");
				problems.add((language.equals(corpus.info().defaultLanguage()) ? Problem.error(at, message)
						: Problem.warning(at, message + " (missing translation)"))
					.coded("intent.missing_answer", Map.of("language", language)));
			}
			if (intent.examples().stream().noneMatch(e -> e.language().equals(language))) {
				problems
					.add(Problem
						.warning(intent.at("examples"),
								"intent " + intent.name() + " has no example in '" + language
										+ "' (missing translation)")
						.coded("intent.missing_example", Map.of("language", language)));
			}
		}
	}

	private void checkTemplates(Intent intent, String key, Localized answers) {
		answers.texts().forEach((language, text) -> {
			Location at = intent.at(key + "." + language);
			try {
				for (Placeholder p : Placeholder.parse(text)) {
					checkPlaceholder(intent, language, p, at);
				}
			}
			catch (IllegalArgumentException ex) {
				problems.add(Problem.error(at, "intent " + intent.name() + " (" + language + "): " + ex.getMessage()));
			}
		});
	}

	private void checkPlaceholder(Intent intent, String language, Placeholder p, Location at) {
		String where = "intent " + intent.name() + " (" + language + "): " + p.text();
		var family = corpus.family(p.family());
		if (family.isEmpty()) {
			problems.add(Problem.error(at, where + " names no entity family")
				.coded("placeholder.unknown_family", Map.of("placeholder", p.text(), "family", p.family())));
			return;
		}
		for (String attribute : List.of(p.attribute().orElse("label"), p.resultAttribute().orElse("label"))) {
			boolean known = attribute.equals("label") || attribute.equals("id")
					|| family.get().values().stream().anyMatch(v -> v.attributes().containsKey(attribute));
			if (!known) {
				problems.add(Problem
					.error(at, where + " names an attribute no value of " + p.family() + " has: " + attribute)
					.coded("placeholder.unknown_attribute", Map.of("placeholder", p.text(), "attribute", attribute)));
			}
		}
		if (p.isSelected() && !intent.slot().map(p.family()::equals).orElse(false)) {
			problems
				.add(Problem
					.error(at,
							where + " reads the value named in the question, but the intent's slot is not "
									+ p.family())
					.coded("placeholder.not_the_slot", Map.of("placeholder", p.text(), "family", p.family())));
		}
	}

	private void checkExamplesAreUnique() {
		Map<String, Example> seen = new HashMap<>();
		for (Intent intent : corpus.intents()) {
			for (Example example : intent.examples()) {
				Example first = seen.putIfAbsent(normalise(example.text()), example);
				if (first == null) {
					continue;
				}
				if (first.intent().equals(example.intent())) {
					problems.add(Problem
						.warning(example.location(),
								"the same example appears twice in intent " + example.intent() + " (first at "
										+ first.location() + ")")
						.coded("example.twice", Map.of("example", example.text())));
				}
				else {
					problems.add(Problem
						.error(example.location(),
								"the example \"" + example.text() + "\" is in intent " + example.intent()
										+ " and in intent " + first.intent() + " (at " + first.location() + ")")
						.coded("example.in_two_intents", Map.of("example", example.text(), "intent", first.intent())));
				}
			}
		}
	}

	/**
	 * Folded ({@link Folding#fold}: lower case, no accents), without punctuation or
	 * repeated spaces: how questions are compared as one.
	 */
	public static String normalise(String text) {
		return Folding.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private void checkFamilies() {
		for (EntityFamily family : corpus.families()) {
			for (EntityValue value : family.values()) {
				if (!value.inDocument()) {
					continue;
				}
				for (String language : corpus.info().languages()) {
					if (!value.label().has(language)) {
						problems.add(Problem.warning(value.location(), "value " + family.name() + "." + value.id()
								+ " has no label in '" + language + "' (missing translation)"));
					}
				}
			}
		}
	}

	private void checkMessages() {
		Messages messages = corpus.messages();
		Set<String> intents = new HashSet<>();
		corpus.intents().forEach(i -> intents.add(i.name()));
		messages.defaultSuggestions()
			.stream()
			.filter(s -> !intents.contains(s))
			.forEach(s -> problems.add(Problem.error(new Location("messages.yml", 0),
					"default_suggestions names an intent that does not exist: " + s)));
		for (String language : corpus.info().languages()) {
			if (!messages.fallback().has(language)) {
				problems
					.add(Problem.error(new Location("messages.yml", 0), "fallback has no text in '" + language + "'"));
			}
		}
	}

	private void checkTelegram() {
		TelegramTexts telegram = corpus.telegram();
		Location file = telegram.location();
		Set<String> intents = new HashSet<>();
		corpus.intents().forEach(i -> intents.add(i.name()));
		telegram.welcomeSuggestions()
			.stream()
			.filter(s -> !intents.contains(s))
			.forEach(s -> problems
				.add(Problem.error(file, "welcome_suggestions names an intent that does not exist: " + s)));
		Map<String, Location> names = new HashMap<>();
		for (ChatCommand command : telegram.commands()) {
			command.intent()
				.filter(i -> !intents.contains(i))
				.ifPresent(i -> problems
					.add(Problem.error(command.location(), "the command answers an intent that does not exist: " + i)));
			command.names().values().stream().distinct().forEach(name -> {
				Location first = names.putIfAbsent(name, command.location());
				if (first != null) {
					problems.add(Problem.error(command.location(),
							"the command name " + name + " is also used at " + first));
				}
			});
		}
		Map<String, Localized> texts = new java.util.LinkedHashMap<>();
		texts.put("welcome", telegram.welcome());
		texts.put("help", telegram.help());
		texts.put("text_only", telegram.textOnly());
		texts.put("choose_language", telegram.chooseLanguage());
		texts.put("language_chosen", telegram.languageChosen());
		for (String language : corpus.info().languages()) {
			texts.forEach((key, text) -> {
				if (!text.has(language)) {
					missing(file, key + " has no text in '" + language + "'", language);
				}
			});
			if (!telegram.languageNames().containsKey(language)) {
				missing(file, "language_names has no name for '" + language + "'", language);
			}
			telegram.commands()
				.stream()
				.filter(c -> !c.names().containsKey(language) || !c.description().has(language))
				.forEach(c -> missing(c.location(), "the command has no name or description in '" + language + "'",
						language));
		}
	}

	/**
	 * A word that points back ("él") is read on folded text, where it may become another
	 * word, a stop word ("el"): it would then make every question with that stop word
	 * lean on the previous turn. ("him", a stop word as written, is a pronoun wherever it
	 * appears.)
	 */
	private void checkAnaphora() {
		corpus.languages().forEach((code, pack) -> {
			Set<String> stopwords = pack.stopwords()
				.stream()
				.map(CorpusValidator::normalise)
				.collect(Collectors.toSet());
			pack.anaphora()
				.stream()
				.filter(a -> !normalise(a).equals(a.toLowerCase(Locale.ROOT)) && stopwords.contains(normalise(a)))
				.forEach(a -> problems
					.add(Problem.warning(new Location("languages/" + code + ".yml", 0), "the anaphora word '" + a
							+ "' is a stop word without its accents: every question with it would read as a follow-up")));
			// A phrase where a pointing word points nowhere ("is there") must hold
			// one, or it changes nothing. Normalised texts are words and single spaces.
			List<String> pointing = pack.anaphora().stream().map(a -> " " + normalise(a) + " ").toList();
			pack.phrasing()
				.notAnaphora()
				.stream()
				.filter(phrase -> pointing.stream().noneMatch((" " + normalise(phrase) + " ")::contains))
				.forEach(phrase -> problems.add(Problem.warning(new Location("languages/" + code + ".yml", 0),
						"the not_anaphora phrase '" + phrase + "' holds no anaphora word: it changes nothing")));
		});
	}

	/** Missing in the default language is an error; in another, a missing translation. */
	private void missing(Location at, String message, String language) {
		problems.add(language.equals(corpus.info().defaultLanguage()) ? Problem.error(at, message)
				: Problem.warning(at, message + " (missing translation)"));
	}

}
