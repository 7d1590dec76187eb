package org.lacreview.bot.draft;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.lacreview.bot.corpus.CorpusPublisher;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.IntentContent;
import org.lacreview.index.corpus.IntentFileEditor;
import org.lacreview.index.corpus.Problem;

/**
 * Validates the draft with the same loader and validator as an upload, and ties each
 * problem to the intent and form field its line falls in, so the page can show it beside
 * the field. The last result is kept by the files' content, since one page view asks
 * several times about the same draft.
 */
class DraftChecks {

	private final CorpusPublisher publisher;

	private final AtomicReference<Checked> last = new AtomicReference<>();

	private record Checked(DraftFiles files, List<DraftProblem> problems, Optional<Corpus> corpus) {
	}

	DraftChecks(CorpusPublisher publisher) {
		this.publisher = publisher;
	}

	/** Every problem of the draft, errors first. */
	List<DraftProblem> all(DraftFiles files) {
		return checked(files).problems();
	}

	/** The draft's corpus as loaded, when it has no error. */
	Optional<Corpus> corpus(DraftFiles files) {
		return checked(files).corpus();
	}

	private Checked checked(DraftFiles files) {
		Checked checked = last.get();
		if (checked != null && checked.files().equals(files)) {
			return checked;
		}
		org.lacreview.bot.corpus.Checked loaded = publisher.check(files.toZip());
		checked = new Checked(files, loaded.problems().stream().map(p -> placed(p, files)).toList(), loaded.corpus());
		last.set(checked);
		return checked;
	}

	/** The problems inside intent {@code name} of {@code file}. */
	List<DraftProblem> problemsOf(String name, String file, DraftFiles files) {
		return all(files).stream().filter(p -> name.equals(p.intent()) && file.equals(p.file())).toList();
	}

	/** The problems of one file. */
	List<DraftProblem> problemsIn(String file, DraftFiles files) {
		return all(files).stream().filter(p -> file.equals(p.file())).toList();
	}

	private static DraftProblem placed(Problem problem, DraftFiles files) {
		String file = problem.location().file();
		int line = problem.location().line();
		String severity = problem.severity().name().toLowerCase(java.util.Locale.ROOT);
		if (file.startsWith("intents/") && line > 0) {
			String text = files.text(file).orElse("");
			for (IntentContent intent : DraftService.readOrNone(file, files)) {
				var field = IntentFileEditor.fieldAt(file, text, intent.name(), line);
				if (field.isPresent()) {
					return new DraftProblem(severity, file, line, problem.message(), intent.name(), field.get(),
							problem.code(), problem.args());
				}
			}
		}
		return new DraftProblem(severity, file, line, problem.message(), null, null, problem.code(), problem.args());
	}

}
