package org.lacreview.index.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.AnswerEngine;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusException;
import org.lacreview.index.corpus.CorpusInfo;
import org.lacreview.index.corpus.Example;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.LanguagePack;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.corpus.Location;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * An intent benchmark in the JSON format of Braun et al. (2017), "Evaluating Natural
 * Language Understanding Services for Conversational Question Answering Systems"
 * ({@code {"name", "lang", "sentences": [{"text", "intent", "training"}]}}): its training
 * sentences become a corpus, its test sentences the questions asked. The intent
 * {@code None} is the corpus's {@code out_of_scope}.
 *
 * @param name the benchmark's name, e.g. AskUbuntuCorpus
 * @param language its language code, e.g. en
 */
public record NluBenchmark(String name, String language, List<Sentence> sentences) {

	/** The benchmark's label for questions no intent answers. */
	static final String NONE = "None";

	public NluBenchmark {
		sentences = List.copyOf(sentences);
	}

	/**
	 * One sentence: its text, its intent ({@code out_of_scope} for None) and whether it
	 * is for training.
	 */
	public record Sentence(String text, String intent, boolean training) {
	}

	/**
	 * @throws CorpusException naming the file when it is not such a benchmark
	 */
	public static NluBenchmark read(Path file) {
		String text;
		try {
			// JSON strings cannot hold a raw tab, so tabs are layout; SnakeYAML reads
			// JSON but not tab-indented.
			text = Files.readString(file, StandardCharsets.UTF_8).replace('\t', ' ');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Location at = new Location(file.getFileName().toString(), 0);
		Object root;
		try {
			root = new Yaml(new LoaderOptions()).load(text);
		}
		catch (YAMLException ex) {
			throw new CorpusException(at, "not a benchmark JSON file: " + ex.getMessage());
		}
		if (!(root instanceof Map<?, ?> map) || !(map.get("sentences") instanceof List<?> list)) {
			throw new CorpusException(at, "a benchmark is a JSON object with a \"sentences\" list");
		}
		List<Sentence> sentences = new ArrayList<>();
		for (Object entry : list) {
			if (!(entry instanceof Map<?, ?> s) || !(s.get("text") instanceof String t)
					|| !(s.get("intent") instanceof String i) || !(s.get("training") instanceof Boolean training)) {
				throw new CorpusException(at,
						"sentence " + (sentences.size() + 1) + " needs \"text\", \"intent\" and \"training\"");
			}
			sentences.add(new Sentence(t, NONE.equals(i) ? Intent.OUT_OF_SCOPE : i, training));
		}
		String name = map.get("name") instanceof String n ? n : file.getFileName().toString();
		return new NluBenchmark(name, map.get("lang") instanceof String l ? l : "en", sentences);
	}

	public List<Sentence> training() {
		return sentences.stream().filter(Sentence::training).toList();
	}

	public List<Sentence> test() {
		return sentences.stream().filter(s -> !s.training()).toList();
	}

	/**
	 * A corpus of the training sentences: one intent per benchmark intent, whose answer
	 * is its name. It has no sections and no entity families; its language pack (stop
	 * words and the like), its own sentences and the threshold come from {@code base}, as
	 * if the benchmark's intents were written into that corpus.
	 * @throws CorpusException when {@code base} has no language pack for the benchmark's
	 * language
	 */
	public Corpus corpus(Corpus base) {
		LanguagePack pack = Optional.ofNullable(base.languages().get(language))
			.orElseThrow(() -> new CorpusException(new Location("languages/" + language + ".yml", 0),
					"the corpus has no language " + language + " for " + name));
		Map<String, List<Example>> examples = new LinkedHashMap<>();
		List<Sentence> training = training();
		for (int n = 0; n < training.size(); n++) {
			Sentence s = training.get(n);
			// The line is the sentence's position among the training sentences, for
			// messages naming an example.
			Location at = new Location(name, n + 1);
			examples.computeIfAbsent(s.intent(), k -> new ArrayList<>())
				.add(new Example(s.intent(), language, s.text(), at));
		}
		List<Intent> intents = new ArrayList<>();
		examples.forEach((intent,
				list) -> intents.add(new Intent(intent, Optional.empty(), List.of(), list,
						intent.equals(Intent.OUT_OF_SCOPE) ? Localized.NONE : new Localized(Map.of(language, intent)),
						Localized.NONE, List.of(), false, new Location(name, 0))));
		// Coverage weight and features start as the base corpus's (Cli nlu-benchmark
		// then chooses them by cross-validation); the world is not: training sentences
		// name only a sample of what people ask about.
		CorpusInfo info = new CorpusInfo(name, name, "", List.of(language), Map.of(), base.info().threshold(),
				base.info().coverageWeight(), false, base.info().characterTrigrams());
		return new Corpus(info, Map.of(language, pack), base.messages(), base.telegram(), List.of(), List.of(),
				intents);
	}

	/**
	 * Observations of the test sentences, asked of an engine built at threshold 0 on
	 * {@link #corpus}.
	 */
	public List<Observation> observeTest(AnswerEngine engine) {
		return test().stream().map(s -> Observation.ask(engine, s.text(), s.intent())).toList();
	}
}
