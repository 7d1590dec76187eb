package org.lacreview.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * Follow-ups that go on with the last answer's intent because of what the conversation
 * said, not because of the words the classifier weighs: the whole of the last answer's
 * slot named by count, a group's figure within the value the last answer was about, a
 * count its text gives, and a comparison between the ends the last answer gave. Used by
 * {@link DialogResolver} once the elliptical follow-ups ({@link LastTopic}) had their
 * say.
 */
final class ContextFollowUps {

	private final Corpus corpus;

	private final LastTopic lastTopic;

	private final FirstChoice firstChoice;

	private final CountedInLastValues countedInLastValues;

	ContextFollowUps(Corpus corpus, LastTopic lastTopic, FirstChoice firstChoice,
			Map<String, LanguageAnalyzer> analyzers) {
		this.corpus = corpus;
		this.lastTopic = lastTopic;
		this.firstChoice = firstChoice;
		this.countedInLastValues = new CountedInLastValues(corpus, analyzers);
	}

	/**
	 * "¿y el promedio de los tres días?" after answers about two of them: adds to
	 * {@code selected} all the values of the last answer's slot, which the question names
	 * by their count, for a sum or an average, or in a follow-up that says nothing else
	 * ("¿y en los tres días?" after the figure of one of them). Only then: "¿cuántos se
	 * registraron en la reunión de tres días?" is no sum over the days. A sum naming
	 * nothing after the figure of one value ("¿y en total?" after one fair's visitors) is
	 * over every value of that slot too ({@link #totalOfOne}).
	 * @return whether it added them
	 */
	boolean addWholeOfLastSlot(Extraction extraction, Reading reading, DialogState previous,
			Map<String, List<EntityValue>> selected) {
		Optional<String> lastSlot = last(previous).flatMap(Intent::slot);
		Optional<List<EntityValue>> total = lastSlot.flatMap(slot -> totalOfOne(slot, extraction, reading, previous));
		if (total.isPresent() && selected.isEmpty()) {
			selected.put(lastSlot.get(), total.get());
			return true;
		}
		boolean aggregate = reading.operation().filter(o -> o == Operation.SUM || o == Operation.AVERAGE).isPresent();
		boolean overTheWhole = reading.operation().isEmpty() && extraction.followUp() && extraction.mentions().isEmpty()
				&& !reading.asks();
		if (lastSlot.isEmpty() || !reading.wholeFamilies().containsKey(lastSlot.get()) || !aggregate && !overTheWhole) {
			return false;
		}
		return selected.putIfAbsent(lastSlot.get(), reading.wholeFamilies().get(lastSlot.get())) == null;
	}

	/**
	 * Every value of the family {@code slot} that the document has, when the question
	 * asks a sum and names nothing, leaning on the conversation, whose last answer was
	 * about one value of that family, and every value of it has figures: a total after
	 * one part is the total of every part. Empty otherwise: after two or more values the
	 * sum is of those, and after a turn before the last that named values, of the figures
	 * of both turns ("somando os dois?" after YouTube's viewers and one day's Zoom
	 * figure).
	 */
	private Optional<List<EntityValue>> totalOfOne(String slot, Extraction extraction, Reading reading,
			DialogState previous) {
		if (reading.operation().filter(o -> o == Operation.SUM).isEmpty() || !extraction.mentions().isEmpty()
				|| !extraction.leansOnContext() || previous.values().getOrDefault(slot, List.of()).size() != 1
				|| !previous.earlier().isEmpty()) {
			return Optional.empty();
		}
		return corpus.family(slot)
			.map(f -> f.values().stream().filter(EntityValue::inDocument).toList())
			.filter(values -> values.size() > 1 && values.stream().allMatch(Operands::hasFigures));
	}

	/**
	 * "What was the combined Zoom attendance over the three days?": a sum or an average
	 * that names no date or value of one family but every value of it by their count,
	 * whose values have figures, is over all of them when the best-ranked intent answers
	 * about that family (its slot) or none scores the threshold and the corpus knows
	 * every word. Only then: "¿cuántos se registraron en total en la reunión de tres
	 * días?" asks the registrations, no sum over the days.
	 * @return whether it added them to {@code selected}
	 */
	boolean addWholeNamed(Extraction extraction, Reading reading, List<Scored> ranked,
			Map<String, List<EntityValue>> selected) {
		boolean aggregate = reading.operation().filter(o -> o == Operation.SUM || o == Operation.AVERAGE).isPresent();
		if (!aggregate || reading.wholeFamilies().size() != 1 || ranked.isEmpty()) {
			return false;
		}
		Map.Entry<String, List<EntityValue>> whole = reading.wholeFamilies().entrySet().iterator().next();
		if (extraction.mentions()
			.stream()
			.anyMatch(m -> m.isDate() || m.values().stream().anyMatch(v -> v.family().equals(whole.getKey())))) {
			return false;
		}
		boolean figures = whole.getValue().stream().allMatch(Operands::hasFigures);
		Scored top = ranked.get(0);
		boolean about = top.score() < corpus.info().threshold() && reading.foreignShare() == 0
				|| corpus.intent(top.name()).flatMap(Intent::slot).filter(whole.getKey()::equals).isPresent();
		return figures && about && selected.putIfAbsent(whole.getKey(), whole.getValue()) == null;
	}

	/**
	 * "total ?" after an answer giving two counts in its text (47 representatives of
	 * regional entities and 20 of UN agencies): a sum naming nothing, leaning on the
	 * conversation, goes on with the last intent over the last values when its answer's
	 * text has figures to add. Adds those values to {@code selected}.
	 * @param overItsText whether an intent's answer over values has such figures
	 */
	Optional<Intent> sumOverLastText(Extraction extraction, Reading reading, DialogState previous,
			Map<String, List<EntityValue>> selected, BiPredicate<String, Map<String, List<EntityValue>>> overItsText) {
		Optional<Intent> last = last(previous);
		if (last.isEmpty() || !selected.isEmpty() || !LastTopic.brief(extraction)
				|| reading.operation().filter(o -> o == Operation.SUM).isEmpty()) {
			return Optional.empty();
		}
		Map<String, List<EntityValue>> values = new HashMap<>();
		last.get().slot().ifPresent(slot -> {
			List<EntityValue> remembered = lastTopic.remembered(previous, slot);
			if (!remembered.isEmpty()) {
				values.put(slot, remembered);
			}
		});
		if (!overItsText.test(last.get().name(), values)) {
			return Optional.empty();
		}
		selected.putAll(values);
		return last;
	}

	/**
	 * The intent a question goes on with when nothing else it says decides: the last
	 * answer's, over the whole of its slot ({@code wholeAdded}); the last answer's, when
	 * a short follow-up names a group its value's text gives a figure of its own ("Et des
	 * agences de l'ONU ?" after a count at a consultation); the one showing the text that
	 * counts what a short question asks ({@link CountedInLastValues}: "from how many
	 * countries?" after the briefing). Empty for none.
	 */
	Optional<Intent> goingOn(boolean wholeAdded, Extraction extraction, Reading reading, DialogState previous,
			Map<String, List<EntityValue>> selected) {
		if (wholeAdded) {
			return last(previous);
		}
		boolean shortFollowUp = extraction.followUp() && extraction.isShort()
				&& reading.asksFor().filter(k -> !k.equals(AnswerKinds.NUMBER)).isEmpty();
		Optional<Intent> within = !shortFollowUp ? Optional.empty()
				: last(previous).filter(i -> i.slot()
					.filter(f -> !selected.containsKey(f)
							&& firstChoice.givesAFigureOf(lastTopic.remembered(previous, f), selected))
					.isPresent());
		return within.or(() -> selected.isEmpty()
				? countedInLastValues.intentCounting(extraction, reading, previous.values()) : Optional.empty());
	}

	/**
	 * "by how much?" after the busiest and quietest days: a difference or ratio naming
	 * nothing, leaning on an answer whose intent computes it over the ends it gave, when
	 * the question before named none of the values of its slot (then it was about those
	 * values, not the ends).
	 * @param computer whether an intent, by name, computes what is asked over the values
	 * given
	 */
	Optional<Intent> betweenLastEnds(Extraction extraction, Reading reading, DialogState previous,
			Map<String, List<EntityValue>> selected, BiPredicate<String, Map<String, List<EntityValue>>> computer) {
		if (!selected.isEmpty() || !extraction.leansOnContext() || reading.counted().isPresent()
				|| reading.operation().filter(o -> o == Operation.DIFFERENCE || o == Operation.RATIO).isEmpty()) {
			return Optional.empty();
		}
		return last(previous)
			.filter(i -> i.slot().filter(f -> previous.values().getOrDefault(f, List.of()).isEmpty()).isPresent())
			.filter(i -> computer.test(i.name(), selected));
	}

	/**
	 * "et qu'a-t-il fait à la foire ?" after the keynote speaker's role: a question
	 * naming nothing that says a pronoun of a value the last answer was about (the
	 * value's {@code pronouns} attribute, {@link ValuePronouns}) goes on with the last
	 * answer's intent about that value, when that intent gives the kind of answer asked
	 * and nothing is computed. Empty otherwise.
	 */
	Optional<Intent> pronounOfTheLastValue(Extraction extraction, Reading reading, DialogState previous,
			Map<String, List<EntityValue>> selected) {
		if (!selected.isEmpty() || !extraction.mentions().isEmpty() || reading.asksComputation()) {
			return Optional.empty();
		}
		return last(previous).filter(i -> AnswerKinds.gives(i, reading.asksFor()))
			.filter(i -> i.slot()
				.filter(f -> ValuePronouns.saysAPronounOf(lastTopic.remembered(previous, f), extraction.folded(),
						reading.language()))
				.isPresent());
	}

	private Optional<Intent> last(DialogState previous) {
		return previous.intent().flatMap(corpus::intent);
	}

}
