package org.lacreview.index;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.EntityExtractor;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.folding.Folding;

/**
 * One end of a time between two dates said by a word pointing back ("el fin de esas
 * consultas"): the dated value the last answer was about. The other end the question
 * names itself, or by a span name ({@link SpanEnds}). Built once per engine.
 */
final class PointedEnds {

	private final Corpus corpus;

	private final EntityExtractor extractor;

	/**
	 * @param extractor the engine's extractor, whose words pointing back are read here
	 */
	PointedEnds(Corpus corpus, EntityExtractor extractor) {
		this.corpus = corpus;
		this.extractor = extractor;
	}

	/**
	 * The question (folded) with its first word pointing back ("esas", "that") replaced
	 * by the first name of the one dated value the last answer was about: "¿cuántos días
	 * hubo entre el fin de esas consultas y el inicio de la reunión?" after an answer
	 * about the consultations with civil society counts from their end. Only when it asks
	 * a time between two dates or days added up ({@code asksDays}) and names one other
	 * dated value itself; empty otherwise.
	 */
	Optional<String> pointedEnd(Extraction extraction, String language, boolean asksDays, DialogState previous) {
		Optional<Set<String>> dated = SpanEnds.oneDated(extraction, asksDays);
		if (dated.isEmpty() || !extraction.refersBack()) {
			return Optional.empty();
		}
		return lastDated(dated.get(), previous, language)
			.flatMap(value -> extractor.withFirstPointerAs(extraction.folded(), language, value.name()));
	}

	/**
	 * The question (folded) with the label of the one dated value the last answer was
	 * about added after it: "¿y cuántos días antes fue la feria?" after what was done on
	 * a day counts from that day. Only when it asks a time between two dates
	 * ({@code asksBetween}), points back with no word and names one other dated value
	 * itself; empty otherwise, as a time from one date alone is none.
	 */
	Optional<String> lastEnd(Extraction extraction, String language, boolean asksBetween, DialogState previous) {
		Optional<Set<String>> dated = SpanEnds.oneDated(extraction, asksBetween);
		if (dated.isEmpty() || extraction.refersBack()) {
			return Optional.empty();
		}
		// Its label, not its first name: a first name may also name other values ("los
		// días de la feria").
		return lastDated(dated.get(), previous, language)
			.flatMap(named -> named.value().label().in(language, List.of()))
			.map(label -> extraction.folded() + " " + Folding.fold(label));
	}

	/** A dated value by its first name in the question's language. */
	private record Named(EntityValue value, String name) {
	}

	/**
	 * The one dated value the last answer was about, with its first name, when it is not
	 * among {@code named} (as "family:id"); empty otherwise.
	 */
	private Optional<Named> lastDated(Set<String> named, DialogState previous, String language) {
		List<EntityValue> last = previous.values()
			.entrySet()
			.stream()
			.flatMap(e -> e.getValue()
				.stream()
				.map(id -> corpus.family(e.getKey()).flatMap(f -> f.value(id)))
				.flatMap(Optional::stream))
			.filter(v -> v.date().isPresent())
			.toList();
		if (last.size() != 1 || named.contains(SpanEnds.key(last.get(0)))) {
			return Optional.empty();
		}
		return SpanEnds.firstName(last.get(0), language).map(name -> new Named(last.get(0), name));
	}

}
