package org.lacreview.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.Extraction;

/**
 * What a follow-up takes from the last answer ({@link DialogState}): its intent for "¿y
 * el 3?", its topic for a follow-up that names nothing, the values it was about for "¿y
 * juntos?". Part of the decision stage ({@link DialogResolver}).
 */
final class LastTopic {

	/**
	 * The most words of a question that asks only for a computation ("which is bigger and
	 * by how much?"; "lequel est le plus grand et de combien ?" has eight, and 7 refused
	 * it).
	 */
	static final int BRIEF_WORDS = 9;

	/**
	 * How close to the best a follow-up's intent about the last answer's topic must score
	 * to go first.
	 */
	static final double BOUND_FOLLOW_UP_SHARE = 0.40;

	private final Corpus corpus;

	LastTopic(Corpus corpus) {
		this.corpus = corpus;
	}

	/**
	 * "and how many took part?", or "how many took part per session?", after "When were
	 * the workshops held?": a question that names nothing is about the last answer's
	 * topic, so an intent about a value of the family that answer was about goes first,
	 * when it clears the threshold and scores at least {@value #BOUND_FOLLOW_UP_SHARE} of
	 * the best ("how many took part" alone is the meeting's registrations). Whether it
	 * starts as a follow-up ("and…") does not matter: a question that names no value
	 * leans on the conversation, as the input contexts of Dialogflow make it.
	 */
	Optional<Scored> boundToLastTopic(Extraction extraction, Map<String, List<EntityValue>> selected,
			List<Scored> ranked, DialogState previous) {
		// Only over a best answer about the document: "no" or "ok" (chit-chat) and a
		// question the bot must refuse are no question about the last topic.
		if (!selected.isEmpty() || ranked.isEmpty()
				|| corpus.intent(ranked.get(0).name()).filter(Intent::answersFromTheDocument).isEmpty()) {
			return Optional.empty();
		}
		// The last answer's slot; for an answer without one (how many sessions a series
		// had), the one family the conversation has values of.
		Optional<String> family = previous.intent()
			.flatMap(corpus::intent)
			.flatMap(intent -> intent.slot().or(() -> onlyFamily(previous)))
			.filter(f -> previous.values().containsKey(f));
		double floor = Math.max(corpus.info().threshold(), ranked.get(0).score() * BOUND_FOLLOW_UP_SHARE);
		return family
			.flatMap(f -> ranked.stream()
				.filter(s -> s.score() >= floor)
				.filter(s -> corpus.intent(s.name()).flatMap(Intent::slot).filter(f::equals).isPresent())
				.findFirst())
			// "¿y el que menos?" after the busiest day (an answer about no value named):
			// a follow-up naming nothing goes on with the last answer's intent itself.
			.or(() -> extraction.leansOnContext() ? previous.intent()
				.flatMap(name -> ranked.stream().filter(s -> s.name().equals(name) && s.score() >= floor).findFirst())
					: Optional.empty());
	}

	/**
	 * Whether {@code intent} can be what a bare question ("¿cuáles?", "and when?") asks
	 * after answers about values: the last answer's intent itself, or one about a value
	 * of a family the conversation named. Any other intent answers what nobody asked:
	 * "¿cuáles?" after the count of entities at a consultation is no question of the
	 * largest stakeholder group, however the classifier ranks its lone word.
	 */
	boolean goesOnWith(String intent, DialogState previous) {
		return previous.intent().filter(intent::equals).isPresent()
				|| corpus.intent(intent).flatMap(Intent::slot).filter(previous.values()::containsKey).isPresent();
	}

	/** The one family the conversation has values of, if there is exactly one. */
	private static Optional<String> onlyFamily(DialogState previous) {
		return previous.values().size() == 1 ? Optional.of(previous.values().keySet().iterator().next())
				: Optional.empty();
	}

	/**
	 * "¿y juntos?", "quelle différence ?", "¿cuál es la diferencia?" (a follow-up, or a
	 * question of at most {@value #BRIEF_WORDS} words naming no value) after answers
	 * about values of one family (two or more for a difference, a sum or an average; one
	 * for a share or a complement): the previous intent, over the values the conversation
	 * asked about, for the computation the question asks; and "¿y el segundo?" after the
	 * largest of a family (a rank): the previous intent, over the whole family.
	 */
	Optional<Intent> computationOverRemembered(Extraction extraction, Map<String, List<EntityValue>> selected,
			DialogState previous, Optional<Operation> operation) {
		boolean brief = brief(extraction);
		// A position names no value of its own: it is of the one asked before, however
		// long the question ("¿qué puesto ocupa entre todos los grupos?").
		if (operation.isEmpty() || operation.get() == Operation.COUNT || !brief && operation.get() != Operation.POSITION
				|| !selected.isEmpty()) {
			// A count counts a family's values, whatever the conversation was about.
			return Optional.empty();
		}
		// A share, a complement or a rank is of one value ("¿y qué porcentaje del total
		// representan?"); a difference, a
		// sum or an average needs two.
		int least = operation.get().isRank() ? 0 : operation.get().comparesTwo() || operation.get() == Operation.SUM
				|| operation.get() == Operation.AVERAGE ? 2 : 1;
		return previous.intent().flatMap(corpus::intent).filter(i -> i.slot().map(slot -> {
			List<EntityValue> values = remembered(previous, slot);
			// A time is over values with dates: "¿cuántos días duró la feria?" after who
			// opened it is no duration of that person.
			if (operation.get().overDates() && values.stream().anyMatch(v -> v.date().isEmpty())) {
				return false;
			}
			// An average per part of one value with parts ("¿promedio por seminario?"
			// after a figure shared by several parts) needs only that one.
			return values.size() >= least
					|| operation.get() == Operation.AVERAGE && values.size() == 1 && values.get(0).parts().isPresent();
		}).orElse(false));
	}

	/**
	 * "¿cuál es la diferencia?" after "¿cuántos siguieron por YouTube?" and "¿y por Zoom
	 * el 26?": a brief question naming nothing but those values that asks a difference, a
	 * ratio or a sum, over the values of the last two turns together (the earlier's
	 * first), for the last intent to compute across families; empty when there was no
	 * earlier turn with values or nothing more than the last turn's.
	 */
	Optional<Map<String, List<EntityValue>>> acrossAnswers(Extraction extraction,
			Map<String, List<EntityValue>> selected, DialogState previous, Optional<Operation> operation,
			boolean withWhole) {
		if (!setsValuesAgainstEachOther(operation) || !brief(extraction) || previous.earlier().isEmpty()) {
			return Optional.empty();
		}
		Map<String, List<EntityValue>> both = new LinkedHashMap<>();
		for (Map<String, List<String>> turn : List.of(previous.earlier(), previous.values())) {
			turn.forEach((name, ids) -> corpus.family(name)
				.ifPresent(family -> ids.stream()
					.map(family::value)
					.flatMap(Optional::stream)
					.filter(v -> !both.getOrDefault(name, List.of()).contains(v))
					.forEach(v -> both.computeIfAbsent(name, k -> new ArrayList<>()).add(v))));
		}
		boolean more = both.values()
			.stream()
			.mapToInt(List::size)
			.sum() > previous.values().values().stream().mapToInt(List::size).sum();
		// "so how many more on YouTube?" names one of the two again: still those two.
		boolean namesOnlyThose = selected.entrySet()
			.stream()
			.allMatch(e -> both.getOrDefault(e.getKey(), List.of()).containsAll(e.getValue()));
		// Against a family's whole, one value is enough: the whole is the other.
		boolean enough = more || withWhole && !both.isEmpty();
		return enough && namesOnlyThose ? Optional.of(both) : Optional.empty();
	}

	/**
	 * Whether {@code operation} is a difference, a ratio or a sum of the values given.
	 */
	static boolean setsValuesAgainstEachOther(Optional<Operation> operation) {
		return operation.filter(o -> o == Operation.DIFFERENCE || o == Operation.RATIO || o == Operation.SUM)
			.isPresent();
	}

	/**
	 * Whether {@code extraction} leans on the previous turn or has at most
	 * {@value #BRIEF_WORDS} words ("ça fait combien en tout ?").
	 */
	static boolean brief(Extraction extraction) {
		return extraction.leansOnContext() || extraction.masked().split("[^\\p{L}\\p{N}]+").length <= BRIEF_WORDS;
	}

	/**
	 * "¿y el 3?", "¿y de la prensa?": a question that starts like a follow-up, or says
	 * nothing but a value, naming a value of the previous intent's slot.
	 */
	Optional<Intent> ellipticalFollowUp(Extraction extraction, Map<String, List<EntityValue>> selected,
			DialogState previous) {
		Optional<Intent> last = previous.intent().flatMap(corpus::intent);
		if (last.isEmpty() || last.get().slot().isEmpty() || extraction.mentions().isEmpty()) {
			return Optional.empty();
		}
		String slot = last.get().slot().get();
		boolean namesSlot = !selected.getOrDefault(slot, List.of()).isEmpty();
		// "Et combien de participants sur Zoom ce jour-là ?" after the day's agenda names
		// the same day, but also Zoom,
		// which the agenda is not about: a new question about that day, for the ranking
		// to answer.
		boolean namesOtherFamily = extraction.mentions()
			.stream()
			.anyMatch(m -> !m.values().isEmpty() && m.values().stream().noneMatch(v -> v.family().equals(slot)));
		return namesSlot && !namesOtherFamily && (extraction.followUp() || extraction.isShort()) ? last
				: Optional.empty();
	}

	/**
	 * The values of {@code slot} the conversation remembers, the latest asked first; when
	 * it asked about none, those the last answer that listed several listed ("¿y ella qué
	 * cargo tiene?" after the three who opened the meeting).
	 */
	List<EntityValue> remembered(DialogState previous, String slot) {
		Optional<EntityFamily> family = corpus.family(slot);
		if (family.isEmpty()) {
			return List.of();
		}
		List<String> ids = previous.values().getOrDefault(slot, previous.listed().getOrDefault(slot, List.of()));
		return ids.stream().map(id -> family.get().value(id)).flatMap(Optional::stream).toList();
	}

	/**
	 * {@code selected} and, for a question that points back ("how many of them were
	 * students?") and names values of other families, the values of the last answer that
	 * the pointing word stands for: the figure asked is a part of that answer's, and
	 * {@link Breakdowns} refuses it when the document does not cross the two.
	 */
	Map<String, List<EntityValue>> withReferredTo(Map<String, List<EntityValue>> selected, Extraction extraction,
			DialogState previous) {
		if (!extraction.refersBack() || selected.isEmpty()) {
			return selected;
		}
		Map<String, List<EntityValue>> with = new LinkedHashMap<>(selected);
		previous.values().keySet().forEach(family -> {
			if (!with.containsKey(family)) {
				List<EntityValue> referred = remembered(previous, family);
				if (!referred.isEmpty()) {
					with.put(family, referred);
				}
			}
		});
		return with;
	}

	/**
	 * The values of {@code slot} the conversation asked about, the latest first; not
	 * those an answer listed.
	 */
	List<EntityValue> asked(DialogState previous, String slot) {
		return valuesOf(corpus, previous.values(), slot);
	}

	/** The values of {@code family} the last answer listed, in its order. */
	List<EntityValue> listed(DialogState previous, String family) {
		return listed(corpus, previous, family);
	}

	/**
	 * The values of {@code family} the last answer listed, in its order, read from
	 * {@code corpus}.
	 */
	static List<EntityValue> listed(Corpus corpus, DialogState previous, String family) {
		return valuesOf(corpus, previous.listed(), family);
	}

	private static List<EntityValue> valuesOf(Corpus corpus, Map<String, List<String>> ids, String family) {
		return corpus.family(family)
			.map(f -> ids.getOrDefault(family, List.of()).stream().map(f::value).flatMap(Optional::stream).toList())
			.orElse(List.of());
	}

}
