package org.lacreview.bot.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.bot.corpus.CorpusVersion;
import org.lacreview.index.Answer;
import org.lacreview.index.Scored;
import org.lacreview.index.golden.GoldenReport;

/**
 * The admin API's JSON: plain maps and lists built from the domain values, in one place.
 */
final class AdminViews {

	private AdminViews() {
	}

	static Map<String, Object> version(CorpusVersion version, long live) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", version.id());
		json.put("live", version.id() == live);
		json.put("publishedAt", version.publishedAt().toString());
		json.put("author", version.author());
		json.put("note", version.note());
		json.put("sections", version.sections());
		json.put("intents", version.intents());
		json.put("examples", version.examples());
		json.put("languages", version.languages());
		json.put("golden",
				version.golden()
					.map(g -> Map.of("passed", g.passed(), "total", g.total(), "accuracy", g.accuracy()))
					.orElse(null));
		return json;
	}

	static Map<String, Object> golden(Optional<GoldenReport> report) {
		if (report.isEmpty()) {
			return null;
		}
		GoldenReport golden = report.get();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("passed", golden.passed());
		json.put("total", golden.total());
		json.put("accuracy", golden.accuracy());
		json.put("failures", golden.failures().stream().map(f -> {
			Map<String, Object> failure = new LinkedHashMap<>();
			failure.put("item", f.item());
			failure.put("question", f.question());
			failure.put("expected", f.expected());
			failure.put("intent", f.intent());
			failure.put("answer", f.answer());
			return failure;
		}).toList());
		return json;
	}

	static Map<String, Object> answer(Answer answer) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("answer", answer.text());
		json.put("answered", answer.answered());
		json.put("intent", answer.intent());
		json.put("confidence", answer.confidence());
		json.put("language", answer.language());
		json.put("sources",
				answer.sources()
					.stream()
					.map(s -> Map.of("id", s.id(), "title", s.title(), "url", s.url() == null ? "" : s.url()))
					.toList());
		json.put("suggestions", answer.suggestions());
		Map<String, Object> trace = new LinkedHashMap<>();
		trace.put("language", answer.trace().language());
		trace.put("corrections", answer.trace().corrections());
		trace.put("masked", answer.trace().masked());
		trace.put("entities", answer.trace().entities());
		trace.put("intents", scored(answer.trace().intents()));
		trace.put("sections", scored(answer.trace().sections()));
		trace.put("decision", answer.trace().decision());
		json.put("trace", trace);
		return json;
	}

	private static List<Map<String, Object>> scored(List<Scored> scores) {
		return scores.stream().map(s -> Map.<String, Object>of("name", s.name(), "score", s.score())).toList();
	}

}
