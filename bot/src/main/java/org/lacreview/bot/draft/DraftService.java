package org.lacreview.bot.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lacreview.bot.audit.AuditLog;
import org.lacreview.index.corpus.CorpusException;
import org.lacreview.index.corpus.IntentContent;
import org.lacreview.index.corpus.IntentFileEditor;
import org.lacreview.index.corpus.TextsFileEditor;

/**
 * Edits the shared draft piece by piece: an intent (its examples, answers, sources,
 * follow-ups), one example, the bot's own sentences. While there is no draft, reads show
 * the live version and the first edit opens a draft from it. Every edit names the version
 * it was made on ({@code If-Match}, the etag read before): an edit on a copy someone
 * changed meanwhile is refused with {@link StaleEdit} and changes nothing. Every edit is
 * recorded in the audit trail.
 */
public class DraftService {

	/** Intent names: what the corpus uses, and safe in a file name and a URL. */
	private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,80}");

	/** The files of the bot's own sentences staff may edit. */
	private static final List<String> TEXT_FILES = List.of("messages.yml", "telegram.yml");

	private final DraftEdits edits;

	private final DraftChecks checks;

	private final AuditLog audit;

	DraftService(DraftEdits edits, DraftChecks checks, AuditLog audit) {
		this.edits = edits;
		this.checks = checks;
		this.audit = audit;
	}

	/** Every intent, in file order. */
	public List<DraftViews.IntentListed> intents() {
		DraftFiles files = edits.files();
		List<DraftViews.IntentListed> listed = new ArrayList<>();
		for (String path : files.paths("intents", ".yml")) {
			for (IntentContent intent : readOrNone(path, files)) {
				Map<String, String> first = new LinkedHashMap<>();
				intent.examples()
					.forEach((language, texts) -> texts.stream().findFirst().ifPresent(t -> first.put(language, t)));
				listed.add(new DraftViews.IntentListed(intent.name(), path, first));
			}
		}
		return listed;
	}

	/**
	 * @throws NoSuchElementException when no intent has that name
	 */
	public DraftViews.IntentView intent(String name) {
		DraftFiles files = edits.files();
		Located found = locate(name, files)
			.orElseThrow(() -> new NoSuchElementException("there is no intent '" + name + "'"));
		return view(found, files);
	}

	/**
	 * Changes intent {@code name} (or creates it, in {@code file} or
	 * {@code intents/<name>.yml}).
	 * @param ifMatch the etag the change was made on; required to change an intent that
	 * exists
	 * @throws StaleEdit when the intent changed since that etag; {@link EditRefused} for
	 * a value not valid
	 */
	public DraftViews.IntentView putIntent(String name, IntentForm form, Optional<String> ifMatch,
			Optional<String> file, String by) {
		checkName(name);
		DraftFiles after = edits.apply(files -> {
			Optional<Located> found = locate(name, files);
			if (found.isPresent()) {
				DraftViews.IntentView current = view(found.get(), files);
				DraftEdits.requireMatch(ifMatch, current.etag(), current, "the intent '" + name + "'");
			}
			String path = found.map(Located::file).orElseGet(() -> newFile(name, file));
			IntentContent content = form.over(name,
					found.map(Located::content).orElseGet(() -> IntentForm.empty(name)));
			return files.with(path, put(path, files.text(path).orElse(""), content));
		}, by);
		audit.record(by, "draft.intent.put", name, "changed the intent " + name);
		return view(locate(name, after).orElseThrow(), after);
	}

	/**
	 * Adds one example question to intent {@code name}; no etag needed: adding cannot
	 * overwrite anyone's edit.
	 */
	public DraftViews.IntentView addExample(String name, String language, String text, String by) {
		if (language == null || !language.matches("[a-z]{2}")) {
			throw new EditRefused("language", "'language' is a two-letter code such as es, en, pt, fr");
		}
		if (text == null || text.isBlank()) {
			throw new EditRefused("text", "'text' is missing or blank");
		}
		DraftFiles after = edits.apply(files -> {
			Located found = locate(name, files)
				.orElseThrow(() -> new NoSuchElementException("there is no intent '" + name + "'"));
			Map<String, List<String>> examples = new LinkedHashMap<>(found.content().examples());
			List<String> texts = new ArrayList<>(examples.getOrDefault(language, List.of()));
			if (texts.contains(text.strip())) {
				return files;
			}
			texts.add(text.strip());
			examples.put(language, texts);
			IntentForm form = new IntentForm(examples, null, null, null, null, null, null);
			return files.with(found.file(),
					put(found.file(), files.text(found.file()).orElseThrow(), form.over(name, found.content())));
		}, by);
		audit.record(by, "draft.example.add", name, "added the " + language + " example «" + text.strip() + "»");
		return view(locate(name, after).orElseThrow(), after);
	}

	/** Removes intent {@code name} from the draft. */
	public void deleteIntent(String name, Optional<String> ifMatch, String by) {
		edits.apply(files -> {
			Located found = locate(name, files)
				.orElseThrow(() -> new NoSuchElementException("there is no intent '" + name + "'"));
			DraftViews.IntentView current = view(found, files);
			DraftEdits.requireMatch(ifMatch, current.etag(), current, "the intent '" + name + "'");
			return files.with(found.file(),
					IntentFileEditor.remove(found.file(), files.text(found.file()).orElseThrow(), name).orElseThrow());
		}, by);
		audit.record(by, "draft.intent.delete", name, "removed the intent " + name);
	}

	/**
	 * The bot's own sentences in {@code file} ({@code messages.yml} or
	 * {@code telegram.yml}).
	 */
	public DraftViews.TextsView texts(String file) {
		return textsView(textFile(file), edits.files());
	}

	/** Changes some of the sentences of {@code file}: key to texts by language. */
	public DraftViews.TextsView putTexts(String file, Map<String, Map<String, String>> changed,
			Optional<String> ifMatch, String by) {
		String path = textFile(file);
		DraftFiles after = edits.apply(files -> {
			DraftViews.TextsView current = textsView(path, files);
			DraftEdits.requireMatch(ifMatch, current.etag(), current, "the sentences of " + path);
			try {
				return files.with(path, TextsFileEditor.put(path, files.text(path).orElseThrow(), changed));
			}
			catch (IllegalArgumentException ex) {
				throw new EditRefused("texts", ex.getMessage());
			}
		}, by);
		audit.record(by, "draft.texts.put", path, "changed " + String.join(", ", changed.keySet()));
		return textsView(path, after);
	}

	private DraftViews.TextsView textsView(String path, DraftFiles files) {
		Map<String, Map<String, String>> texts = TextsFileEditor.read(path, files.text(path).orElse(""));
		return new DraftViews.TextsView(path, Etags.of(texts), texts, checks.problemsIn(path, files));
	}

	private static String textFile(String file) {
		if (!TEXT_FILES.contains(file)) {
			throw new NoSuchElementException("the bot's sentences are in " + String.join(" and ", TEXT_FILES));
		}
		return file;
	}

	private static String put(String path, String text, IntentContent content) {
		try {
			return IntentFileEditor.put(path, text, content);
		}
		catch (IllegalArgumentException ex) {
			throw new EditRefused("examples", ex.getMessage());
		}
		catch (CorpusException ex) {
			throw new EditRefused("file", "the file " + path + " has errors to fix first: " + ex.getMessage());
		}
	}

	private static void checkName(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new EditRefused("name", "an intent's name is 1 to 80 lowercase letters, digits or '_'");
		}
	}

	private static String newFile(String name, Optional<String> file) {
		String path = file.filter(f -> !f.isBlank()).orElse("intents/" + name + ".yml");
		if (!path.matches("intents/[a-z0-9_-]{1,80}\\.yml")) {
			throw new EditRefused("file",
					"a new intent goes in a file intents/<name>.yml (lowercase letters, digits, '_', '-')");
		}
		return path;
	}

	private DraftViews.IntentView view(Located found, DraftFiles files) {
		IntentForm form = IntentForm.of(found.content());
		return new DraftViews.IntentView(found.content().name(), found.file(), Etags.of(form), form,
				checks.problemsOf(found.content().name(), found.file(), files));
	}

	/** An intent and the file it is in. */
	record Located(String file, IntentContent content) {
	}

	static Optional<Located> locate(String name, DraftFiles files) {
		for (String path : files.paths("intents", ".yml")) {
			for (IntentContent intent : readOrNone(path, files)) {
				if (intent.name().equals(name)) {
					return Optional.of(new Located(path, intent));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The intents of a file; none when it does not read (its errors are among the draft's
	 * problems).
	 */
	static List<IntentContent> readOrNone(String path, DraftFiles files) {
		try {
			return IntentFileEditor.read(path, files.text(path).orElse(""));
		}
		catch (CorpusException ex) {
			return List.of();
		}
	}

}
