package org.lacreview.bot.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.lacreview.bot.audit.AuditLog;
import org.lacreview.index.corpus.CorpusException;
import org.lacreview.index.corpus.SectionContent;

/**
 * The document's sections in the draft ({@code sections/*.md}), edited as a form: title
 * per language, link, and the text in Markdown. Saving needs the etag read (as for
 * intents) and writes the whole file again.
 */
public class DraftSections {

	private final DraftEdits edits;

	private final DraftChecks checks;

	private final AuditLog audit;

	DraftSections(DraftEdits edits, DraftChecks checks, AuditLog audit) {
		this.edits = edits;
		this.checks = checks;
		this.audit = audit;
	}

	/**
	 * A section as the form shows it, with the file it is in, its etag and its problems.
	 */
	public record SectionView(String id, String file, String etag, Map<String, String> titles, String url,
			String markdown, List<DraftProblem> problems) {
	}

	/** What a {@code PUT} takes; a field left out keeps its value. */
	public record SectionForm(Map<String, String> titles, String url, String markdown) {
	}

	/**
	 * A section in the list: {@code {"id": "…", "file": "sections/….md", "title": "…"}},
	 * the title being its first one (its id when it has none).
	 */
	public record SectionSummary(String id, String file, String title) {
	}

	/**
	 * What a section's etag is computed from: {@code {"markdown", "titles", "url"}}, in
	 * that order (the order the etags had when this was a map with sorted keys, so a tag
	 * read before an upgrade still matches), {@code url} being "null" when it has none.
	 */
	private record Tagged(String markdown, Map<String, String> titles, String url) {
	}

	/** Every section: id, file and title. */
	public List<SectionSummary> list() {
		DraftFiles files = edits.files();
		List<SectionSummary> sections = new ArrayList<>();
		for (String path : files.paths("sections", ".md")) {
			read(path, files).ifPresent(s -> sections
				.add(new SectionSummary(s.id(), path, s.titles().values().stream().findFirst().orElse(s.id()))));
		}
		return sections;
	}

	/**
	 * @throws NoSuchElementException when no section has that id
	 */
	public SectionView section(String id) {
		DraftFiles files = edits.files();
		return view(find(id, files), files);
	}

	/**
	 * Changes section {@code id}.
	 * @throws StaleEdit when it changed since {@code ifMatch}; {@link EditRefused} for an
	 * empty text
	 */
	public SectionView put(String id, SectionForm form, Optional<String> ifMatch, String by) {
		if (form.markdown() != null && form.markdown().isBlank()) {
			throw new EditRefused("markdown", "a section needs its text");
		}
		DraftFiles after = edits.apply(files -> {
			String path = find(id, files);
			SectionView current = view(path, files);
			DraftEdits.requireMatch(ifMatch, current.etag(), current, "the section '" + id + "'");
			SectionContent changed = new SectionContent(id, form.titles() == null ? current.titles() : form.titles(),
					form.url() == null ? current.url() : form.url(),
					form.markdown() == null ? current.markdown() : form.markdown());
			return files.with(path, changed.write());
		}, by);
		audit.record(by, "draft.section.put", id, "changed the section " + id);
		return view(find(id, after), after);
	}

	/**
	 * Removes section {@code id} from the draft (answers that cite it become errors to
	 * fix before publishing).
	 * @throws StaleEdit when it changed since {@code ifMatch}
	 */
	public void delete(String id, Optional<String> ifMatch, String by) {
		edits.apply(files -> {
			String path = find(id, files);
			SectionView current = view(path, files);
			DraftEdits.requireMatch(ifMatch, current.etag(), current, "the section '" + id + "'");
			return files.without(path);
		}, by);
		audit.record(by, "draft.section.delete", id, "removed the section " + id);
	}

	private static String find(String id, DraftFiles files) {
		return files.paths("sections", ".md")
			.stream()
			.filter(p -> read(p, files).map(s -> s.id().equals(id)).orElse(false))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("there is no section '" + id + "'"));
	}

	private SectionView view(String path, DraftFiles files) {
		SectionContent content = read(path, files).orElseThrow();
		Tagged tagged = new Tagged(content.markdown(), content.titles(), String.valueOf(content.url()));
		return new SectionView(content.id(), path, Etags.of(tagged), content.titles(), content.url(),
				content.markdown(), checks.problemsIn(path, files));
	}

	private static Optional<SectionContent> read(String path, DraftFiles files) {
		try {
			return Optional.of(SectionContent.read(path, files.text(path).orElse("")));
		}
		catch (CorpusException ex) {
			return Optional.empty();
		}
	}

}
