package org.lacreview.bot.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.lacreview.bot.audit.AuditLog;
import org.lacreview.index.corpus.CorpusException;
import org.lacreview.index.corpus.EntityValueEditor;
import org.lacreview.index.corpus.EntityValueEditor.ValueContent;

/**
 * The entity families in the draft ({@code entities/*.yml}): each value's label and names
 * per language and its figures and dates, edited as a form. A change names the family's
 * etag as read; only the values sent change, and of them only the fields sent.
 */
public class DraftEntities {

	private final DraftEdits edits;

	private final DraftChecks checks;

	private final AuditLog audit;

	DraftEntities(DraftEdits edits, DraftChecks checks, AuditLog audit) {
		this.edits = edits;
		this.checks = checks;
		this.audit = audit;
	}

	/** A family as the form shows it. */
	public record FamilyView(String family, String file, String etag, List<ValueContent> values,
			List<DraftProblem> problems) {
	}

	/** A value's fields in a {@code PUT}; a field left out (null) keeps its value. */
	public record ValueForm(String id, Map<String, String> label, Map<String, List<String>> names,
			Map<String, Object> values, Map<String, Map<String, String>> texts) {
	}

	/**
	 * A family in the list: {@code {"family": "…", "file": "entities/….yml", "values":
	 * 12}}, {@code values} being how many values it has.
	 */
	public record FamilySummary(String family, String file, int values) {
	}

	/** Every family: its name, file and number of values. */
	public List<FamilySummary> list() {
		DraftFiles files = edits.files();
		List<FamilySummary> families = new ArrayList<>();
		for (String path : files.paths("entities", ".yml")) {
			read(path, files).ifPresent(f -> families.add(new FamilySummary(f.getKey(), path, f.getValue().size())));
		}
		return families;
	}

	/**
	 * @throws NoSuchElementException when there is no such family
	 */
	public FamilyView family(String name) {
		DraftFiles files = edits.files();
		return view(find(name, files), files);
	}

	/**
	 * Changes the values sent of family {@code name}.
	 * @throws StaleEdit when the family changed since {@code ifMatch};
	 * {@link EditRefused} for a value without id
	 */
	public FamilyView put(String name, List<ValueForm> values, Optional<String> ifMatch, String by) {
		DraftFiles after = edits.apply(files -> {
			String path = find(name, files);
			FamilyView current = view(path, files);
			DraftEdits.requireMatch(ifMatch, current.etag(), current, "the values of " + name);
			String text = files.text(path).orElseThrow();
			for (ValueForm form : values) {
				if (form.id() == null) {
					throw new EditRefused("values", "every value sent needs its 'id'");
				}
				ValueContent was = current.values()
					.stream()
					.filter(v -> v.id().equals(form.id()))
					.findFirst()
					.orElseThrow(() -> new EditRefused("values", "there is no value '" + form.id() + "' in " + name));
				text = EntityValueEditor.put(path, text,
						new ValueContent(form.id(), form.label() == null ? was.label() : form.label(),
								form.names() == null ? was.names() : form.names(),
								form.values() == null ? was.values() : form.values(),
								form.texts() == null ? was.texts() : form.texts()));
			}
			return files.with(path, text);
		}, by);
		audit.record(by, "draft.entity.put", name, "changed " + values.size() + " value(s) of " + name);
		return view(find(name, after), after);
	}

	/**
	 * Removes family {@code name} from the draft (answers and placeholders that use it
	 * become errors to fix).
	 * @throws StaleEdit when it changed since {@code ifMatch}
	 */
	public void delete(String name, Optional<String> ifMatch, String by) {
		edits.apply(files -> {
			String path = find(name, files);
			FamilyView current = view(path, files);
			DraftEdits.requireMatch(ifMatch, current.etag(), current, "the values of " + name);
			return files.without(path);
		}, by);
		audit.record(by, "draft.entity.delete", name, "removed the family " + name);
	}

	private static String find(String name, DraftFiles files) {
		return files.paths("entities", ".yml")
			.stream()
			.filter(p -> read(p, files).map(f -> f.getKey().equals(name)).orElse(false))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("there is no entity family '" + name + "'"));
	}

	private FamilyView view(String path, DraftFiles files) {
		Map.Entry<String, List<ValueContent>> family = read(path, files).orElseThrow();
		return new FamilyView(family.getKey(), path, Etags.of(family.getValue()), family.getValue(),
				checks.problemsIn(path, files));
	}

	private static Optional<Map.Entry<String, List<ValueContent>>> read(String path, DraftFiles files) {
		try {
			return Optional.of(EntityValueEditor.read(path, files.text(path).orElse("")));
		}
		catch (CorpusException ex) {
			return Optional.empty();
		}
	}

}
