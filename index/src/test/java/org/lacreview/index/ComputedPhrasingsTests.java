package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;

/**
 * Issue 13, item 1: computations written the way people write them on a phone — a sum
 * with "+", a bounded count whose noun comes before the question, a rank said with a verb
 * ("quedó en quinto lugar"). Figures come from the bundled corpus, never from here.
 */
class ComputedPhrasingsTests {

	private static final AnswerEngine engine = BundledEngine.get();

	private static long count(String id) {
		return ((Number) group().value(id).orElseThrow().attributes().get("count")).longValue();
	}

	/** How many stakeholder groups registered fewer than {@code limit}. */
	private static long groupsUnder(long limit) {
		return BundledEngine.inDocument("group").stream().filter(v -> count(v.id()) < limit).count();
	}

	/**
	 * The registrations of the stakeholder groups that registered fewer than
	 * {@code limit}.
	 */
	private static long registeredInGroupsUnder(long limit) {
		return BundledEngine.inDocument("group")
			.stream()
			.filter(v -> count(v.id()) < limit)
			.mapToLong(v -> count(v.id()))
			.sum();
	}

	/** The stakeholder groups' registrations, the largest first. */
	private static List<Long> registrationsLargestFirst() {
		return BundledEngine.inDocument("group")
			.stream()
			.map(v -> ((Number) v.attributes().get("count")).longValue())
			.sorted(Comparator.reverseOrder())
			.toList();
	}

	private static EntityFamily group() {
		return engine.corpus().family("group").orElseThrow();
	}

	@Test
	void aRequestToRankAFamilyListsItsValuesFromTheLargest() {
		List<Long> counts = registrationsLargestFirst();
		for (String request : List.of("Classez les groupes d'inscrits",
				"Rank the stakeholder groups from busiest to quietest")) {
			Answer answer = ask(engine, request);
			assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
			assertThat(answer.text()).containsPattern(counts.get(0) + "\\D+" + counts.get(1) + "\\D+" + counts.get(2));
		}
	}

	@Test
	void aRankRequestGivesWayToADirectionOrADifferenceSaidAfterIt() {
		List<Long> counts = registrationsLargestFirst();
		Answer top = ask(engine, "rank the top 3 registered groups pls");
		assertThat(top.text()).as(top.trace().toString())
			.containsPattern(counts.get(0) + "\\D+" + counts.get(1) + "\\D+" + counts.get(2));
		Answer lowest = ask(engine, "Rank the registered groups, lowest first");
		List<Long> ascending = new ArrayList<>(counts);
		Collections.reverse(ascending);
		assertThat(lowest.text()).as(lowest.trace().toString())
			.containsPattern(ascending.get(0) + "\\D+" + ascending.get(1) + "\\D+" + ascending.get(2));
		Answer gap = ask(engine, "Rank the registered groups and tell me the gap between the largest and the smallest");
		long difference = counts.get(0) - ascending.get(0);
		assertThat(gap.text()).as(gap.trace().toString()).contains(String.valueOf(difference));
	}

	@Test
	void aCountOfFiguresWhoseFamilysNounFollowsASumPhraseAddsUpTheValuesWithinTheBound() {
		long small = registeredInGroupsUnder(20);
		Answer sum = ask(engine, "¿cuántos registrados suman los grupos que tuvieron menos de 20 cada uno?");
		assertThat(sum.text()).as(sum.trace().toString()).doesNotStartWith("Son ").contains(String.valueOf(small));
		// The family's noun right after the count's phrase still counts the values.
		Answer count = ask(engine, "¿cuántos grupos suman menos de 20?");
		assertThat(count.text()).as(count.trace().toString()).startsWith("Son " + groupsUnder(20) + ":");
	}

	@Test
	void aSumCheckedAgainstANumberNearItsTotalAddsUpEveryValue() {
		long total = BundledEngine.inDocument("group").stream().mapToLong(v -> count(v.id())).sum();
		long near = Math.round(total * 0.998);
		assertThat(near).isNotEqualTo(total);
		Answer checked = ask(engine, "Si sumo todas las categorías de registrados, ¿me da exactamente " + near + "?");
		assertThat(checked.answered()).as(checked.trace().toString()).isTrue();
		assertThat(checked.text()).contains(String.valueOf(total));
	}

	@Test
	void whichValuesOfAFamilyAreWithinABoundIsAnsweredAsABoundedCount() {
		long above = BundledEngine.inDocument("group").stream().filter(v -> count(v.id()) > 100).count();
		Answer which = ask(engine, "¿qué grupos tuvieron más de 100 registrados?");
		assertThat(which.text()).as(which.trace().toString()).startsWith("Son " + above + ":");
		// The question word asks of the noun right after it: "cuánto suman los grupos…"
		// still adds them up.
		long small = registeredInGroupsUnder(20);
		Answer sum = ask(engine, "¿Cuánto suman los grupos que tuvieron menos de 20 registrados?");
		assertThat(sum.text()).as(sum.trace().toString()).doesNotStartWith("Son ").contains(String.valueOf(small));
	}

	@Test
	void anAverageOverAWholeFamilyWithoutANounForItsValuesIsRefused() {
		long members = BundledEngine.figure("membership", "member_states", "count");
		long associates = BundledEngine.figure("membership", "associate_members", "count");
		// The membership family has no order words: "per country" is no average per
		// kind of membership.
		assertThat(engine.corpus().family("membership").orElseThrow().orderWords()).isEmpty();
		Answer answer = ask(engine, "how many per country on average?");
		assertThat(answer.text()).as(answer.trace().toString()).doesNotContain((members + associates) + " ÷ 2");
		// Nor is "per country" an average per category of registrants, the family the
		// question's figures belong to.
		long groups = BundledEngine.inDocument("group").size();
		Answer perCountry = ask(engine, "What's the average number of registrants per country?");
		assertThat(perCountry.text()).as(perCountry.trace().toString()).doesNotContain(" ÷ " + groups);
		assertThat(ask(engine, "¿cuál es el promedio de registrados por grupo?").text()).contains(" ÷ " + groups);
		// A family with a noun for its values is still averaged over: "por día".
		Answer perDay = ask(engine, "¿cuántos se conectaron por Zoom en promedio por día?");
		assertThat(perDay.text()).as(perDay.trace().toString()).contains(" ÷ 3");
	}

	@Test
	void aDifferenceWordWithinAnAveragesPhraseIsNoDifferenceFromTheAverage() {
		EntityValue webinars = engine.corpus().family("event").orElseThrow().value("webinars").orElseThrow();
		long participants = BundledEngine.figure("event", "webinars", "count");
		int parts = webinars.parts().orElseThrow();
		// "spread" alone asks a difference ("the spread between…"); within "spread
		// evenly" it is the average's.
		Answer answer = ask(engine,
				"If the webinar participants were spread evenly across the six webinars, " + "how many per webinar?");
		assertThat(answer.text()).as(answer.trace().toString()).contains(participants + " ÷ " + parts);
	}

	@Test
	void aSumOverTheValuesUnderABoundSaidWithADifferencesWordsAddsThemUp() {
		// "fewer than" is a difference's phrase too; within the bound it is the bound's.
		long small = registeredInGroupsUnder(20);
		Answer sum = ask(engine, "Add up all the registrant groups that had fewer than 20 people.");
		assertThat(sum.text()).as(sum.trace().toString()).contains("In total, " + small);
		// The request in a sentence of its own, and the question after it naming no
		// value.
		Answer split = ask(engine, "Add up all the registrant groups that had fewer than 20 people. What's the total?");
		assertThat(split.text()).as(split.trace().toString()).contains("In total, " + small);
	}

	@Test
	void addingUpAndThenDividingIsAnAverage() {
		// "e dividir por" is an average phrase of languages/pt.yml: the sum's phrase
		// comes first in the message, but the division says what is asked.
		long total = BundledEngine.familyTotal("day", "zoom");
		int days = BundledEngine.inDocument("day").size();
		Answer answer = ask(engine, "Se eu somar os três dias de Zoom e dividir por três, dá quanto?");
		assertThat(answer.text()).as(answer.trace().toString()).contains(total + " ÷ " + days);
	}

	@Test
	void aCountOverSeveralDaysAddsThem() {
		EntityFamily day = engine.corpus().family("day").orElseThrow();
		long firstTwo = day.values()
			.stream()
			.filter(EntityValue::inDocument)
			.limit(2)
			.mapToLong(v -> ((Number) v.attributes().get("zoom")).longValue())
			.sum();
		Answer answer = ask(engine, "¿Cuántas personas se conectaron por Zoom durante los dos primeros días?");
		assertThat(answer.text()).as(answer.trace().toString()).contains(String.valueOf(firstTwo));
	}

	@Test
	void aCountOfOneFamilyAskedAboutAValueOfAnotherCountsWhatThatValuesAnswerNames() {
		EntityFamily day = engine.corpus().family("day").orElseThrow();
		EntityValue second = day.values()
			.stream()
			.filter(EntityValue::inDocument)
			.filter(v -> v.order().orElse(0) == 2)
			.findFirst()
			.orElseThrow();
		String label = second.label().in("es", List.of()).orElseThrow();
		// The areas the document gives under that day's agenda, by the day each area has.
		List<String> areas = BundledEngine.inDocument("area")
			.stream()
			.filter(v -> v.attributes().get("day") instanceof org.lacreview.index.corpus.Localized l
					&& l.in("es", List.of()).orElseThrow().equals(label))
			.map(v -> v.label().in("es", List.of()).orElseThrow())
			.toList();
		assertThat(areas).hasSizeGreaterThanOrEqualTo(2);
		Answer answer = ask(engine, "¿Cuántas áreas temáticas hubo el " + label + "?");
		assertThat(answer.text()).as(answer.trace().toString()).contains(String.valueOf(areas.size()));
		assertThat(answer.text()).contains(areas);
		// A word nothing in the corpus knows may be what is counted: no count then.
		Answer unknown = ask(engine, "¿Cuántas áreas de pingüinos hubo el " + label + "?");
		assertThat(unknown.text()).as(unknown.trace().toString()).doesNotContain(String.join(", ", areas));
		// Nor when it also names a value of another family: that asks about its figures.
		Answer zoom = ask(engine, "¿Cuántos participantes de Zoom por área hubo el " + label + "?");
		assertThat(zoom.text()).as(zoom.trace().toString()).doesNotContain(String.join(", ", areas));
	}

	@Test
	void aVerbOfAddingUpInThePastAddsTheValuesNamed() {
		Answer answer = ask(engine, "¿Cuántos registrados sumaban la academia y las diásporas?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(String.valueOf(count("academia") + count("diasporas")));
		Answer outside = ask(engine, "Quantos inscritos ficaram fora das três maiores categorias?");
		long top3 = BundledEngine.inDocument("group")
			.stream()
			.mapToLong(v -> count(v.id()))
			.boxed()
			.sorted(java.util.Comparator.reverseOrder())
			.limit(3)
			.mapToLong(Long::longValue)
			.sum();
		long all = BundledEngine.inDocument("group").stream().mapToLong(v -> count(v.id())).sum();
		assertThat(outside.text()).as(outside.trace().toString()).contains(String.valueOf(all - top3));
	}

	@Test
	void aVerbOfLosingBetweenTwoDaysAsksTheDifference() {
		EntityFamily day = engine.corpus().family("day").orElseThrow();
		List<Long> zoom = day.values()
			.stream()
			.filter(EntityValue::inDocument)
			.map(v -> ((Number) v.attributes().get("zoom")).longValue())
			.toList();
		Answer answer = ask(engine, "Entre le 26 et le 27 avril, la participation Zoom a perdu combien de personnes ?");
		assertThat(answer.text()).as(answer.trace().toString()).contains(String.valueOf(zoom.get(0) - zoom.get(1)));
	}

	@Test
	void aDifferencePhraseEndingWithinACountsPhraseDoesNotMakeTheCountADifference() {
		// "de combien" asks by how much; in "de combien de pays" it ends inside the count
		// "combien de", which counts countries.
		OperationReader reader = new OperationReader(engine.corpus(), java.util.Map.of());
		assertThat(reader.asked("venant de combien de pays ?", "fr"))
			.hasValueSatisfying(asked -> assertThat(asked.operation()).isEqualTo(Operation.COUNT));
		assertThat(reader.asked("de combien la participation a-t-elle baissé ?", "fr"))
			.hasValueSatisfying(asked -> assertThat(asked.operation()).isEqualTo(Operation.DIFFERENCE));
	}

	@Test
	void aWordAnotherCorpusLanguageUsesIsNoUnknownWordThatStopsAComputation() {
		// "espectadores" is in the Spanish corpus, not the Portuguese one
		long youtube = BundledEngine.figure("platform", "youtube", "people");
		long registered = BundledEngine.inDocument("group").stream().mapToLong(v -> count(v.id())).sum();
		Answer answer = ask(engine, "Quantos inscritos a mais do que espectadores no YouTube houve?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(String.valueOf(registered - youtube));
	}

	@Test
	void aPlusSignAddsTheValuesNamed() {
		Answer answer = ask(engine, "academia + diásporas registrados?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(String.valueOf(count("academia") + count("diasporas")));
	}

	@Test
	void aVerbOfExceedingOrAVersusAsksTheDifference() {
		long gap = count("governments") - count("un_agencies");
		Answer answer = ask(engine, "¿Por cuánto superaron los gobiernos a las agencias, fondos y programas?");
		assertThat(answer.text()).as(answer.trace().toString()).containsPattern("\\b" + gap + "\\b");
		long others = count("governments") - count("others");
		Answer versus = ask(engine, "gobiernos vs la categoría 'otros': cuál es la diferencia?");
		assertThat(versus.text()).as(versus.trace().toString()).containsPattern("\\b" + others + "\\b");
	}

	@Test
	void aBoundedCountWhoseFamilyIsNamedBeforeTheQuestionCountsThatFamily() {
		long under = groupsUnder(20);
		Answer answer = ask(engine, "De las categorías de registrados, ¿cuántas tuvieron menos de 20 personas?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).containsPattern("\\b" + under + "\\b");
		assertThat(answer.trace().decision()).contains("computed a count");
	}

	@Test
	void aValueWithoutFiguresNamedBesideTheSlotsValuesOnlySaysWhoseTheyAre() {
		EntityFamily membership = engine.corpus().family("membership").orElseThrow();
		long total = membership.values()
			.stream()
			.filter(EntityValue::inDocument)
			.mapToLong(v -> ((Number) v.attributes().get("count")).longValue())
			.sum();
		Answer answer = ask(engine, "Combien d'États de la CEPALC au total (États membres + membres associés) ?");
		assertThat(answer.trace().entities()).anyMatch(e -> e.startsWith("org:"));
		assertThat(answer.text()).contains(String.valueOf(total));
	}

	@Test
	void aRankSaidWithAVerbIsARank() {
		long fifth = BundledEngine.inDocument("group")
			.stream()
			.mapToLong(v -> ((Number) v.attributes().get("count")).longValue())
			.boxed()
			.sorted((a, b) -> Long.compare(b, a))
			.skip(4)
			.findFirst()
			.orElseThrow();
		Answer answer = ask(engine, "ranking de registrados: ¿qué grupo quedó en quinto lugar?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(String.valueOf(fifth));
	}

	@Test
	void aPlaceSaidWithCameOrQuedoAndAnOrdinalIsARank() {
		Answer third = ask(engine, "Which group came third in number of registered participants?");
		assertThat(third.answered()).as(third.trace().toString()).isTrue();
		assertThat(third.text()).isEqualTo(ask(engine, "Which group had the third most registrations?").text());
		Answer fourth = ask(engine, "¿Qué grupo quedó cuarto en número de registrados?");
		assertThat(fourth.answered()).as(fourth.trace().toString()).isTrue();
		assertThat(fourth.text()).isEqualTo(ask(engine, "¿Qué grupo quedó en cuarto lugar en registrados?").text());
	}

	@Test
	void aDifferenceWhoseOperandARankNamesStaysADifference() {
		List<Long> counts = BundledEngine.inDocument("group")
			.stream()
			.map(v -> ((Number) v.attributes().get("count")).longValue())
			.sorted((a, b) -> Long.compare(b, a))
			.toList();
		Reply first = engine.answer("¿Cuál fue el grupo registrado más numeroso?", Optional.empty(), DialogState.EMPTY);
		Answer gap = engine.answer("¿y por cuántos superó al que quedó segundo?", Optional.empty(), first.state())
			.answer();
		assertThat(gap.text()).as(gap.trace().toString())
			.contains(counts.get(0) + " − " + counts.get(1) + " = " + (counts.get(0) - counts.get(1)));
	}

	@Test
	void anAverageOverAllValuesIsNotRefusedForWordsNamingNoValue() {
		List<EntityValue> days = BundledEngine.inDocument("day");
		long sum = days.stream().mapToLong(v -> ((Number) v.attributes().get("zoom")).longValue()).sum();
		Answer answer = ask(engine, "What was the average daily Zoom attendance across the three days of the meeting?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(sum + " ÷ " + days.size());
	}

	@Test
	void whichOfTwoNamedGroupsHadMoreComparesThoseTwoOnly() {
		Answer answer = ask(engine, "¿Quién tuvo más inscritos, los sindicatos o los parlamentarios?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(String.valueOf(count("parliamentarians")))
			.contains(String.valueOf(count("workers")))
			.doesNotContain(String.valueOf(count("governments")));
	}

	@Test
	void valuesNamedAfterTheQuestionsColonAreWhatItAsksAbout() {
		Answer answer = ask(engine, "quien tuvo mas inscritos: la academia o las diasporas");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(String.valueOf(count("diasporas")))
			.contains(String.valueOf(count("academia")))
			.doesNotContain(String.valueOf(count("governments")));
	}

	@Test
	void anAmpersandIsTheLanguagesAnd() {
		Answer answer = ask(engine,
				"How many more people registered under agencies, funds & programmes than under civil society organisations?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(String.valueOf(count("un_agencies") - count("civil_society")));
	}

	@Test
	void aFollowUpAskingTheFewestAfterAListOfTheLargestAsksOverTheWholeFamily() {
		long fewest = BundledEngine.least("group", "count");
		DialogState state = engine.answer("¿Qué grupo tuvo más registrados?", LanguageHints.NONE, DialogState.EMPTY)
			.state();
		Answer answer = engine.answer("¿y cuál tuvo menos?", LanguageHints.NONE, state).answer();
		assertThat(answer.text()).as(answer.trace().toString()).containsPattern("\\b" + fewest + "\\b");
	}

	@Test
	void aNumberBeforeACountNounIsNoDay() {
		long total = BundledEngine.inDocument("day")
			.stream()
			.mapToLong(v -> ((Number) v.attributes().get("zoom")).longValue())
			.sum();
		Answer answer = ask(engine, "whats the avg daily zoom attendance over the 3 days");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(String.valueOf(total)).contains(String.valueOf(Math.round(total / 3.0)));
	}

	@Test
	void aTotalOfAFamilysValuesIsTheirCountNotASumOfOtherFigures() {
		// "Au total" is a sum's phrase, but "combien d'aires" (a count's phrase ending in
		// an apostrophe) counts areas: summing the days' Zoom figures would answer
		// another
		// question.
		Answer answer = ask(engine,
				"Au total, combien d'aires thématiques ont été abordées lors des tables rondes des 27 et 28 avril ?");
		assertThat(answer.trace().decision()).doesNotContain("computed a sum");
		long zoom27 = ((Number) engine.corpus()
			.family("day")
			.orElseThrow()
			.value("apr27")
			.orElseThrow()
			.attributes()
			.get("zoom")).longValue();
		assertThat(answer.text()).doesNotContain(String.valueOf(zoom27));
	}

	@Test
	void aDifferenceAskedOfAFigureWithNothingToCompareItWithIsRefused() {
		// The registered total is one figure with no slot: "how many more than the first
		// meeting" cannot be computed from the document, and the raw total would answer
		// another question.
		Answer answer = ask(engine, "Compared with the first meeting, how many more people registered this time?");
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
		assertThat(answer.trace().decision()).contains("cannot compute a difference");
	}

	@Test
	void anOrderListsTheFamilyByItsFiguresInTheDirectionAsked() {
		Answer answer = ask(engine, "classe les jours par ordre croissant de participants sur Zoom");
		assertThat(answer.trace().decision()).as(answer.trace().toString()).contains("computed a order_least");
		EntityFamily days = engine.corpus().family("day").orElseThrow();
		List<String> ascending = days.values()
			.stream()
			.filter(EntityValue::inDocument)
			.sorted(java.util.Comparator.comparingLong(v -> ((Number) v.attributes().get("zoom")).longValue()))
			.map(v -> String.valueOf(v.attributes().get("zoom")))
			.toList();
		assertThat(answer.text()).containsSubsequence(ascending);
		Answer named = ask(engine, "academia, diásporas y gobiernos de menor a mayor");
		assertThat(named.text())
			.containsSubsequence(String.valueOf(count("academia")), String.valueOf(count("diasporas")),
					String.valueOf(count("governments")))
			.doesNotContain(String.valueOf(count("un_agencies")));
	}

	@Test
	void aPositionIsWhereTheValueNamedOrAskedBeforeStandsFromTheLargest() {
		long civilSociety = count("civil_society");
		long place = BundledEngine.inDocument("group")
			.stream()
			.filter(v -> ((Number) v.attributes().get("count")).longValue() > civilSociety)
			.count() + 1;
		Answer named = ask(engine, "¿En qué lugar quedó la sociedad civil entre los grupos de inscritos?");
		assertThat(named.trace().decision()).as(named.trace().toString()).contains("computed a position");
		assertThat(named.text()).containsPattern("\\b" + place + "\\b").contains(String.valueOf(civilSociety));
		DialogState state = engine
			.answer("¿Cuántos registrados hubo en 'otros'?", LanguageHints.NONE, DialogState.EMPTY)
			.state();
		Answer followUp = engine.answer("¿qué puesto ocupa entre todos los grupos?", LanguageHints.NONE, state)
			.answer();
		assertThat(followUp.trace().decision()).as(followUp.trace().toString()).contains("computed a position");
		assertThat(followUp.text()).contains(String.valueOf(count("others")));
	}

	@Test
	void aDifferenceBetweenTheLargestAndTheSmallestIsBetweenTheFamilysExtremes() {
		List<Long> counts = BundledEngine.inDocument("group")
			.stream()
			.filter(v -> v.inDocument())
			.map(v -> ((Number) v.attributes().get("count")).longValue())
			.toList();
		long gap = Collections.max(counts) - Collections.min(counts);
		Answer answer = ask(engine, "What's the gap between the biggest and the smallest stakeholder groups?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).containsPattern("\\b" + gap + "\\b");
		// Worded so that no intent scores over the threshold, it is still the difference
		// between the extremes: that needs no value named.
		Answer weak = ask(engine, "gap between the biggest and the smallest registration groups");
		assertThat(weak.text()).as(weak.trace().toString()).containsPattern("\\b" + gap + "\\b");
		// Naming the family's whole too ("de registrados") keeps it between the extremes.
		Answer whole = ask(engine, "¿Cuál es la diferencia entre el grupo más grande y el más pequeño de registrados?");
		assertThat(whole.text()).as(whole.trace().toString()).containsPattern("\\b" + gap + "\\b");
		// The busiest day's intent names the extremes; the difference is over the days'
		// Zoom figures, not the registrations.
		List<Long> zoom = BundledEngine.inDocument("day")
			.stream()
			.filter(v -> v.attributes().get("zoom") instanceof Number)
			.map(v -> ((Number) v.attributes().get("zoom")).longValue())
			.toList();
		long zoomGap = Collections.max(zoom) - Collections.min(zoom);
		Answer days = ask(engine, "Qual a diferença entre o dia com mais e o dia com menos participantes no Zoom?");
		assertThat(days.text()).as(days.trace().toString()).containsPattern("\\b" + zoomGap + "\\b");
	}

	@Test
	void aRankSaidWithAComplementIsAmongTheValuesLeftOut() {
		List<EntityValue> byCount = BundledEngine.inDocument("group")
			.stream()
			.filter(v -> v.inDocument())
			.sorted(Comparator.comparingLong((EntityValue v) -> ((Number) v.attributes().get("count")).longValue())
				.reversed())
			.toList();
		EntityValue largest = byCount.get(0);
		EntityValue next = byCount.get(1);
		Answer answer = ask(engine, "Excluding " + largest.label().in("en", List.of()).orElseThrow()
				+ ", which group had the most registrants?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(next.label().in("en", List.of()).orElseThrow())
			.contains(String.valueOf(((Number) next.attributes().get("count")).longValue()));
		// A rank word inside what is left out describes it: the question still asks how
		// many remain.
		long total = byCount.stream().mapToLong(v -> ((Number) v.attributes().get("count")).longValue()).sum();
		long firstTwo = ((Number) largest.attributes().get("count")).longValue()
				+ ((Number) next.attributes().get("count")).longValue();
		Answer rest = ask(engine, "Tirando os dois maiores grupos (governos e agências), quantos inscritos sobram?");
		assertThat(rest.text()).as(rest.trace().toString()).containsPattern("\\b" + (total - firstTwo) + "\\b");
	}

	@Test
	void aDifferenceNamingNeitherValuesNorBothExtremesIsNotComputedOverTheExtremes() {
		Answer answer = ask(engine, "¿Cuál es la diferencia del grupo más grande?");
		assertThat(answer.text()).as(answer.trace().toString()).doesNotContain("−");
	}

	@Test
	void aCountsNounMayComeThreeWordsAfterItsPhrase() {
		long under = groupsUnder(15);
		Answer answer = ask(engine, "How many of the registration categories had fewer than 15 people?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).containsPattern("\\b" + under + "\\b");
	}

}
