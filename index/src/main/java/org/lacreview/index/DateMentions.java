package org.lacreview.index;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.folding.Folding;

/**
 * What the dates a question names say about the values of a family: the ends of a span
 * ("del lunes al viernes"), a date outside the family (a Sunday when the figures are per
 * meeting day), and the words of a name a date broke ({@link #dropPartsOfDatedNames}).
 * Used by {@link DialogResolver}.
 */
final class DateMentions {

	/** The most words between a date and the rest of the name it broke. */
	static final int NAME_GAP_WORDS = 3;

	private DateMentions() {
	}

	/**
	 * The first and last, by date, of {@code values} when they are three or more values
	 * of {@code slot} that one date span of the question selects ("del lunes al
	 * viernes"); empty otherwise.
	 */
	static Optional<List<EntityValue>> spanEnds(Extraction extraction, String slot, List<EntityValue> values) {
		List<Mention> dates = extraction.mentions().stream().filter(m -> m.tag().equals("date")).toList();
		if (dates.size() != 1) {
			return Optional.empty();
		}
		List<EntityValue> spanned = dates.get(0).values().stream().filter(v -> v.family().equals(slot)).toList();
		if (values.size() < 3 || !spanned.containsAll(values) || values.stream().anyMatch(v -> v.date().isEmpty())) {
			return Optional.empty();
		}
		List<EntityValue> byDate = values.stream().sorted(Comparator.comparing(v -> v.date().get().from())).toList();
		return Optional.of(List.of(byDate.get(0), byDate.get(byDate.size() - 1)));
	}

	/**
	 * A date that selects no value of the slot's family: a day the figures do not cover,
	 * when they is per meeting day.
	 */
	static boolean namesDateOutside(Extraction extraction, String slot) {
		return extraction.mentions()
			.stream()
			.anyMatch(m -> m.tag().equals("date") && m.values().stream().noneMatch(v -> v.family().equals(slot)));
	}

	/**
	 * "la consultation du 12 avril avec les processus régionaux": a value named by a date
	 * only (the date broke its name) whose name holds the words of another value the
	 * question names ("processus régionaux", a stakeholder group) is what those words
	 * name; that other value is dropped from {@code selected}.
	 * @param language the question's language, whose names are looked at
	 */
	static void dropPartsOfDatedNames(Extraction extraction, Map<String, List<EntityValue>> selected, String language) {
		List<Mention> datedOnly = extraction.mentions()
			.stream()
			.filter(Mention::isDate)
			.filter(m -> m.values().size() == 1)
			.filter(d -> extraction.mentions()
				.stream()
				.noneMatch(m -> !m.isDate() && m.values().contains(d.values().get(0))))
			.toList();
		if (datedOnly.isEmpty()) {
			return;
		}
		for (Mention mention : extraction.mentions()) {
			if (mention.isDate() || mention.values().isEmpty()) {
				continue;
			}
			// Only words right beside the date: "…du 12 avril avec les processus
			// régionaux", not a group named later in the question for itself.
			List<EntityValue> beside = datedOnly.stream()
				.filter(d -> wordsBetween(extraction.folded(), d, mention) <= NAME_GAP_WORDS)
				.map(d -> d.values().get(0))
				.toList();
			Pattern words = Pattern
				.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(Folding.fold(mention.text())) + "(?![\\p{L}\\p{N}])");
			boolean partOfADatedName = beside.stream()
				.filter(v -> mention.values().stream().noneMatch(w -> w.family().equals(v.family())))
				.anyMatch(v -> v.names()
					.getOrDefault(language, List.of())
					.stream()
					.anyMatch(name -> words.matcher(Folding.fold(name)).find()));
			if (partOfADatedName) {
				mention.values().forEach(v -> {
					List<EntityValue> values = selected.get(v.family());
					if (values != null) {
						values.remove(v);
						if (values.isEmpty()) {
							selected.remove(v.family());
						}
					}
				});
			}
		}
	}

	/** How many words stand between two mentions of {@code folded}. */
	private static int wordsBetween(String folded, Mention one, Mention other) {
		int from = Math.min(one.end(), other.end());
		int to = Math.max(one.start(), other.start());
		if (to <= from) {
			return 0;
		}
		String between = folded.substring(from, to).strip();
		return between.isEmpty() ? 0 : between.split("[^\\p{L}\\p{N}]+").length;
	}

}
