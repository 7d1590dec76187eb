package org.lacreview.bot.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.lacreview.index.corpus.IntentContent;
import org.lacreview.index.corpus.TextsFileEditor;

/**
 * What the draft changes against a version, in the terms staff edit: per intent and
 * language the examples added and removed and the answers before and after; per sentence
 * of the bot its texts before and after; and the other files that differ (sections,
 * entities, golden tests) by path.
 */
public final class DraftDiff {

	private DraftDiff() {
	}

	/** A text before and after (null where there was none). */
	public record Change(String before, String after) {
	}

	/** Examples added and removed in one language. */
	public record Examples(List<String> added, List<String> removed) {
	}

	/**
	 * @param change "added", "removed" or "changed"
	 * @param other the intent's other fields that changed (sections, suggest, slot,
	 * unanswerable)
	 */
	public record IntentChange(String name, String change, Map<String, Examples> examples, Map<String, Change> answer,
			Map<String, Change> answerAll, List<String> other) {
	}

	public record TextChange(String file, String key, Map<String, Change> texts) {
	}

	public record Diff(long against, List<IntentChange> intents, List<TextChange> texts, List<String> files) {
	}

	static Diff between(long against, DraftFiles before, DraftFiles after) {
		Map<String, IntentContent> old = intents(before);
		Map<String, IntentContent> now = intents(after);
		List<IntentChange> intents = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>(old.keySet());
		names.addAll(now.keySet());
		for (String name : names) {
			IntentContent a = old.get(name);
			IntentContent b = now.get(name);
			if (!Objects.equals(a, b)) {
				IntentContent none = IntentForm.empty(name);
				intents.add(intent(name, a == null ? "added" : b == null ? "removed" : "changed", a == null ? none : a,
						b == null ? none : b));
			}
		}
		List<TextChange> texts = new ArrayList<>();
		for (String file : List.of("messages.yml", "telegram.yml")) {
			Map<String, Map<String, String>> a = TextsFileEditor.read(file, before.text(file).orElse(""));
			Map<String, Map<String, String>> b = TextsFileEditor.read(file, after.text(file).orElse(""));
			b.forEach((key, texts2) -> {
				if (!texts2.equals(a.get(key))) {
					texts.add(new TextChange(file, key, changes(a.getOrDefault(key, Map.of()), texts2)));
				}
			});
		}
		Set<String> paths = new LinkedHashSet<>(before.files().keySet());
		paths.addAll(after.files().keySet());
		List<String> files = paths.stream()
			.filter(p -> !p.startsWith("intents/") && !p.equals("messages.yml") && !p.equals("telegram.yml"))
			.filter(p -> !Objects.equals(before.text(p), after.text(p)))
			.toList();
		return new Diff(against, intents, texts, files);
	}

	private static Map<String, IntentContent> intents(DraftFiles files) {
		Map<String, IntentContent> intents = new LinkedHashMap<>();
		for (String path : files.paths("intents", ".yml")) {
			DraftService.readOrNone(path, files).forEach(i -> intents.put(i.name(), i));
		}
		return intents;
	}

	private static IntentChange intent(String name, String change, IntentContent a, IntentContent b) {
		Map<String, Examples> examples = new LinkedHashMap<>();
		Set<String> languages = new LinkedHashSet<>(a.examples().keySet());
		languages.addAll(b.examples().keySet());
		for (String language : languages) {
			List<String> was = a.examples().getOrDefault(language, List.of());
			List<String> is = b.examples().getOrDefault(language, List.of());
			List<String> added = is.stream().filter(e -> !was.contains(e)).toList();
			List<String> removed = was.stream().filter(e -> !is.contains(e)).toList();
			if (!added.isEmpty() || !removed.isEmpty()) {
				examples.put(language, new Examples(added, removed));
			}
		}
		List<String> other = new ArrayList<>();
		if (!a.sections().equals(b.sections())) {
			other.add("sections");
		}
		if (!a.suggest().equals(b.suggest())) {
			other.add("suggest");
		}
		if (!a.slot().equals(b.slot())) {
			other.add("slot");
		}
		if (a.unanswerable() != b.unanswerable()) {
			other.add("unanswerable");
		}
		return new IntentChange(name, change, examples, changes(a.answer(), b.answer()),
				changes(a.answerAll(), b.answerAll()), other);
	}

	private static Map<String, Change> changes(Map<String, String> a, Map<String, String> b) {
		Map<String, Change> changes = new LinkedHashMap<>();
		Set<String> languages = new LinkedHashSet<>(a.keySet());
		languages.addAll(b.keySet());
		for (String language : languages) {
			if (!Objects.equals(a.get(language), b.get(language))) {
				changes.put(language, new Change(a.get(language), b.get(language)));
			}
		}
		return changes;
	}

}
