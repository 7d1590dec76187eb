package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import java.io.IOException;
import java.nio.file.Path;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;

/**
 * Issue 13, item 1: questions that ask for a computation over the figures of the values
 * they name get the result and the figures used. Expected figures are computed here from
 * the corpus's own values, so the arithmetic is checked exactly without copying the
 * document's numbers into the test.
 */
class ComputedAnswersTests {

	private static final AnswerEngine engine = BundledEngine.get();

	@TempDir
	Path dir;

	private static long figure(String family, String id, String attribute) {
		return BundledEngine.figure(family, id, attribute);
	}

	/**
	 * An engine of a copy of the bundled corpus with {@code from} replaced by {@code to}
	 * in {@code file} (relative to the corpus): what the answer owes to that text.
	 */
	private AnswerEngine bundledWith(String file, String from, String to) throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve(file), from, to);
		return AnswerEngine.build(CorpusLoader.load(copy));
	}

	/** The question is answered with "larger − smaller = difference". */
	private static void assertComputesTheDifference(String question, long larger, long smaller) {
		Answer answer = ask(engine, question);
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(larger + " − " + smaller + " = " + (larger - smaller));
	}

	/** The figures of a family's values the document covers. */
	private static java.util.stream.LongStream figures(String family, String attribute) {
		return engine.corpus()
			.family(family)
			.orElseThrow()
			.values()
			.stream()
			.filter(EntityValue::inDocument)
			.mapToLong(v -> ((Number) v.attributes().get(attribute)).longValue());
	}

	private static long familyTotal(String family, String attribute) {
		return figures(family, attribute).sum();
	}

	/**
	 * The registrations of the group at {@code place} from the largest (1 is the
	 * largest).
	 */
	private static long largestGroupCount(int place) {
		return figures("group", "count").boxed()
			.sorted(java.util.Comparator.reverseOrder())
			.skip(place - 1)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aDifferenceBetweenTwoDaysShowsBothFiguresAndTheResult() {
		long first = figure("day", "apr26", "zoom");
		long last = figure("day", "apr28", "zoom");
		Answer answer = ask(engine, "¿Cuántos más se conectaron por Zoom el 26 que el 28?");
		assertThat(answer.answered()).isTrue();
		assertThat(answer.text()).contains(first + " − " + last + " = " + (first - last));
		assertThat(answer.text()).containsOnlyOnce(String.valueOf(first - last) + " más");
	}

	/**
	 * Two stakeholder groups of the bundled corpus with the same number of registrations.
	 */
	private static List<String> tiedGroupLabels() {
		List<EntityValue> groups = BundledEngine.inDocument("group");
		for (EntityValue a : groups) {
			for (EntityValue b : groups) {
				if (a != b && a.attributes().get("count").equals(b.attributes().get("count"))) {
					return List.of(a.label().in("es", List.of()).orElseThrow(),
							b.label().in("es", List.of()).orElseThrow());
				}
			}
		}
		throw new AssertionError("the bundled corpus has no two groups with the same count");
	}

	@Test
	void twoValuesWithTheSameFigureAreSaidToTieInsteadOfOneHavingMore() {
		List<String> tied = tiedGroupLabels();
		Answer asked = ask(engine, "¿cuántos más de " + tied.get(0) + " que de " + tied.get(1) + "?");
		Reply first = engine.answer("¿cuántos de " + tied.get(0) + "?", Optional.empty(), DialogState.EMPTY);
		Reply second = engine.answer("¿y de " + tied.get(1) + "?", Optional.empty(), first.state());
		Answer followUp = engine.answer("¿cuál tuvo más?", Optional.empty(), second.state()).answer();
		for (Answer answer : List.of(asked, followUp)) {
			assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
			assertThat(answer.text()).as(answer.trace().toString())
				.contains("«" + tied.get(0) + "»", "«" + tied.get(1) + "»", "lo mismo")
				.doesNotContain(" − ")
				.doesNotContain(tied.get(0) + ", " + tied.get(1));
		}
	}

	@Test
	void aCountingQuestionThatSaysASumOfTwoNamedValuesAddsThemUp() {
		long members = figure("membership", "member_states", "count");
		long associates = figure("membership", "associate_members", "count");
		// "países" is what a count counts, but the question adds up the two values it
		// names.
		Answer answer = ask(engine, "¿Cuántos países en total, sumando Estados miembros y miembros asociados?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.trace().decision()).contains("computed a sum");
		assertThat(answer.text()).contains(String.valueOf(members + associates), "(" + members + ")",
				"(" + associates + ")");
	}

	@Test
	void anAverageAskedAfterACountDividesAFigureByTheNumberQualifyingItInTheAnswer() {
		// The answer gives "57 personas de 21 países"; "cuántas … por país" would
		// otherwise count countries.
		Answer answer = ask(engine,
				"En la sesión informativa, ¿cuántas personas por país hubo en promedio " + "(las 57 de 21 países)?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.trace().decision()).contains("computed a average");
		assertThat(answer.text()).contains("57 ÷ 21", "2,7");
	}

	@Test
	void aCountBetweenTwoNumbersCountsTheValuesWithinThemBothIncluded() {
		long low = largestGroupCount(4);
		long high = largestGroupCount(2);
		long within = figures("group", "count").filter(n -> n >= low && n <= high).count();
		Answer answer = ask(engine, "how many groups had between " + low + " and " + high + " registrants?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).startsWith("There are " + within + ":").contains("(" + low + ")", "(" + high + ")");
	}

	@Test
	void aShareOfAnotherValueNamedIsOneFigureOverTheOtherButTwoJoinedPartsShareTheWhole() {
		long first = figure("day", "apr26", "zoom");
		long last = figure("day", "apr28", "zoom");
		java.text.NumberFormat spanish = java.text.NumberFormat
			.getNumberInstance(java.util.Locale.forLanguageTag("es"));
		String ofOther = spanish.format(Math.round(1000.0 * last / first) / 10.0);
		Answer answer = ask(engine, "el 28 por zoom fue qué porcentaje de lo del 26?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(ofOther + " %", "(" + last + ")", "(" + first + ";");
		Answer joined = ask(engine, "¿qué porcentaje representan los del 26 y los del 28 por zoom?");
		assertThat(joined.text()).as(joined.trace().toString())
			.contains(String.valueOf(first + last))
			.doesNotContain(ofOther + " %");
	}

	@Test
	void aValueNamedAfterAnIncludingWordIsAddedToTheRestOfItsFamily() {
		long total = familyTotal("membership", "count");
		Answer answer = ask(engine, "¿Cuántos Estados participaron, contando los miembros asociados?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(String.valueOf(total));
		// Without the including word, the value alone is asked.
		Answer alone = ask(engine, "¿Cuántos miembros asociados participaron?");
		assertThat(alone.text()).doesNotContain(String.valueOf(total));
	}

	@Test
	void twoValuesOnEitherSideOfAPlusWordAreAddedUp() {
		long workers = figure("group", "workers", "count");
		long civilSociety = figure("group", "civil_society", "count");
		Answer answer = ask(engine,
				"Organizaciones de trabajadores más organizaciones de la sociedad civil, ¿cuántos son?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(String.valueOf(workers + civilSociety));
		// The same word elsewhere adds nothing up.
		Answer more = ask(engine,
				"¿Qué grupo tuvo más registrados, trabajadores u organizaciones de la sociedad civil?");
		assertThat(more.text()).doesNotContain(String.valueOf(workers + civilSociety));
	}

	@Test
	void twoValuesOnEitherSideOfAMinusWordAreTakenOneFromTheOtherEvenWhenASumIsSaid() throws IOException {
		long governments = figure("group", "governments", "count");
		long parliamentarians = figure("group", "parliamentarians", "count");
		String question = "gobiernos menos parlamentarios, ¿cuánto da?";
		assertComputesTheDifference(question, governments, parliamentarians);
		// The word is the corpus's (languages/es.yml minus_words): without it the
		// question's sum phrase adds the two up.
		AnswerEngine withoutMinus = bundledWith("languages/es.yml", "minus_words: [menos]", "minus_words: []");
		assertThat(ask(withoutMinus, question).text()).doesNotContain(" − " + parliamentarians + " = ");
	}

	@Test
	void twoValuesJoinedByASumPhraseAreOnePartOfTheShareNotPartAndWhole() {
		long academia = figure("group", "academia", "count");
		long diasporas = figure("group", "diasporas", "count");
		long total = familyTotal("group", "count");
		Answer answer = ask(engine, "what percentage of the registered were academics plus diasporas?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains((academia + diasporas) + " of " + total);
	}

	@Test
	void aValueWhoseFigureAnotherValuesTextGivesIsComputedWithThatFigureNotItsOwn() {
		long event = figure("event", "regional_consultations", "count");
		long registrations = figure("group", "un_agencies", "count");
		Answer answer = ask(engine,
				"En la consulta del 12 de abril, ¿cuántos representantes hubo en total entre entidades regionales y agencias de la ONU?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains("(" + event + ")").doesNotContain("(" + registrations + ")");
	}

	@Test
	void aShareOfWhatTheValueNamedLeavesOutIsComputedOverTheRest() {
		long governments = figure("group", "governments", "count");
		long total = familyTotal("group", "count");
		String share = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("es"))
			.format(Math.round(1000.0 * (total - governments) / total) / 10.0);
		Answer answer = ask(engine, "¿qué porcentaje de los registrados no eran gobiernos?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(String.valueOf(total - governments), String.valueOf(total), share + " %");
		Answer plain = ask(engine, "¿qué porcentaje de los registrados eran gobiernos?");
		assertThat(plain.text()).doesNotContain(share + " %");
	}

	@Test
	void anAverageSaidBeforeTheCountingWordIsTheOperationAskedEvenInAPreamble() {
		long first = figure("day", "apr26", "zoom");
		long second = figure("day", "apr27", "zoom");
		String average = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("es"))
			.format((first + second) / 2.0);
		for (String question : new String[] { "En promedio, ¿cuántas personas por día entraron a Zoom el 26 y el 27?",
				"en promedio cuántas personas por día entraron a Zoom el 26 y el 27" }) {
			Answer answer = ask(engine, question);
			assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
			assertThat(answer.text()).as(answer.trace().toString()).contains(average);
		}
	}

	@Test
	void aComparisonOverOneSpanOfDatesIsBetweenItsEnds() {
		long first = figure("day", "apr26", "zoom");
		long last = figure("day", "apr28", "zoom");
		assertComputesTheDifference("¿Cuánto bajó la participación por Zoom entre el 26 y el 28 de abril?", first,
				last);
	}

	@Test
	void aComparisonAcrossTwoFamiliesIsComputedWhateverVerbsTheCorpusLacks() {
		long youtube = figure("platform", "youtube", "people");
		long zoom = figure("day", "apr27", "zoom");
		assertComputesTheDifference("¿cuántas personas más miraron por YouTube que las que entraron por Zoom el 27?",
				youtube, zoom);
		// Within one family an unknown word may be the thing compared: refused.
		Answer teams = ask(engine, "¿cuántos más se conectaron por teams el 26 que el 27?");
		assertThat(teams.answered()).as(teams.trace().toString()).isFalse();
	}

	@Test
	void aPlaceInTheOrderIsARankFromTheLargest() {
		List<EntityValue> byCount = BundledEngine.inDocument("group")
			.stream()
			.sorted(java.util.Comparator.comparingLong(v -> -((Number) v.attributes().get("count")).longValue()))
			.toList();
		Answer answer = ask(engine, "Which group came in third place by registrations?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(String.valueOf(byCount.get(2).attributes().get("count")));
	}

	@Test
	void aRankOverValuesWithoutFiguresIsRefusedAndOneWithFiguresAnswered() {
		Answer areas = ask(engine, "Which thematic area had the most participants?");
		assertThat(areas.answered()).as(areas.trace().toString()).isFalse();
		Answer days = ask(engine, "¿Qué día tuvo más gente conectada por Zoom?");
		assertThat(days.answered()).as(days.trace().toString()).isTrue();
		assertThat(days.text()).contains(String.valueOf(figure("day", "apr26", "zoom")));
	}

	@Test
	void anOperationPhraseWithAGapFindsTheWordsBetweenItsParts() {
		long first = figure("day", "apr26", "zoom");
		long last = figure("day", "apr28", "zoom");
		assertThat(ask(engine, "¿Cuántas personas más se conectaron por Zoom el 26 de abril que el 28?").text())
			.contains(first + " − " + last + " = " + (first - last));
	}

	@Test
	void aComparisonOfTwoGroupsNamesTheLargerFirstAndByHowMuch() {
		long academia = figure("group", "academia", "count");
		long diasporas = figure("group", "diasporas", "count");
		Answer answer = ask(engine, "¿Hubo más registrados de la academia o de las diásporas?");
		String larger = academia > diasporas ? "academia" : "diásporas";
		assertThat(answer.text()).startsWith("«" + larger + "»")
			.contains(String.valueOf(Math.abs(academia - diasporas)));
	}

	@Test
	void aSumOfTwoGroupsAddsTheirFigures() {
		long sum = figure("group", "academia", "count") + figure("group", "diasporas", "count");
		assertThat(ask(engine, "academia y diásporas juntos, ¿cuántos?").text()).contains(String.valueOf(sum));
	}

	@Test
	void aShareIsThePercentOfTheFamilysTotalToOneDecimalWrittenAsTheLanguageWritesIt() {
		double share = 100.0 * figure("group", "governments", "count") / familyTotal("group", "count");
		String rounded = String.valueOf(Math.round(share * 10) / 10.0);
		Answer spanish = ask(engine, "¿Qué porcentaje de los registrados eran gobiernos?");
		assertThat(spanish.text()).contains(rounded.replace('.', ',') + " %")
			.contains(String.valueOf(familyTotal("group", "count")));
		Answer english = ask(engine, "What percentage of the registered participants were governments?");
		assertThat(english.text()).contains(rounded + "%");
	}

	@Test
	void anAverageOverTheDaysDividesTheirSumByTheirCount() {
		long sum = familyTotal("day", "zoom");
		Answer answer = ask(engine, "¿Cuántos se conectaron por Zoom en promedio por día?");
		assertThat(answer.text()).contains(sum + " ÷ 3").contains(String.valueOf(Math.round(sum / 3.0)));
	}

	@Test
	void aShareOfADayNamedIsComputedByTheDailyFiguresIntentWhenTheTotalRanksFirst() {
		Answer answer = ask(engine, "Quelle part des connexions Zoom totales revient au 28 avril ?");
		assertThat(answer.trace().intents().get(0).name()).isEqualTo("zoom_total");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(figure("day", "apr28", "zoom") + " sur " + familyTotal("day", "zoom"));
	}

	@Test
	void aShareSetAgainstAFractionSaysWhetherItIsAboveOrBelowIt() throws IOException {
		double share = 100.0 * figure("group", "governments", "count") / familyTotal("group", "count");
		String question = "¿los gobiernos eran más o menos de la cuarta parte de los registrados?";
		Answer answer = ask(engine, question);
		assertThat(answer.text()).as(answer.trace().toString())
			.endsWith((share < 25 ? "menos del" : "más del") + " 25 %.");
		Answer half = ask(engine, "Did governments make up more or less than half of registrants?");
		assertThat(half.text()).as(half.trace().toString()).endsWith((share < 50 ? "less" : "more") + " than 50%.");
		// The fractions are the corpus's (languages/es.yml fraction_words): without them
		// the share is said alone.
		AnswerEngine without = bundledWith("languages/es.yml", "fraction_words: {", "fraction_names: {");
		assertThat(ask(without, question).text()).doesNotContain("25 %");
		// A value of another family set against a family's whole says it too.
		double zoom = 100.0 * figure("day", "apr28", "zoom") / familyTotal("group", "count");
		Answer acrossFamilies = ask(engine,
				"el dia 28, ¿los de zoom fueron más o menos de la mitad de los registrados?");
		assertThat(acrossFamilies.text()).as(acrossFamilies.trace().toString())
			.endsWith((zoom < 50 ? "menos del" : "más del") + " 50 %.");
	}

	@Test
	void aShareAfterAComplementInThePreambleIsAmongTheValuesLeft() {
		long total = familyTotal("group", "count");
		long governments = figure("group", "governments", "count");
		long academia = figure("group", "academia", "count");
		String among = java.math.BigDecimal.valueOf(100.0 * academia / (total - governments))
			.setScale(1, java.math.RoundingMode.HALF_UP)
			.toPlainString()
			.replace('.', ',');
		Answer answer = ask(engine, "Sin contar a los gobiernos, ¿qué porcentaje eran de la academia?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(String.valueOf(total - governments))
			.contains("(" + academia + ")")
			.contains(among + " %");
	}

	@Test
	void aPercentageAskedRightAfterAComplementIsTheShareOfThoseLeft() {
		long total = familyTotal("group", "count");
		long governments = figure("group", "governments", "count");
		String left = java.math.BigDecimal.valueOf(100.0 * (total - governments) / total)
			.setScale(1, java.math.RoundingMode.HALF_UP)
			.toPlainString();
		Answer share = BundledEngine.lastAnswer(engine, "How many of the registrants were not governments?",
				"what percentage is that?");
		assertThat(share.text()).as(share.trace().toString()).contains(left + "%");
	}

	@Test
	void aComplementIsTheFamilysTotalButTheValuesNamed() {
		long total = familyTotal("group", "count");
		long governments = figure("group", "governments", "count");
		assertThat(ask(engine, "¿Cuántos registrados no eran gobiernos?").text())
			.contains(total + " − " + governments + " = " + (total - governments));
	}

	@Test
	void aRankIsTheValueAtThePositionAskedFromTheLargest() {
		EntityValue second = BundledEngine.inDocument("group")
			.stream()
			.sorted(java.util.Comparator
				.comparingLong((EntityValue v) -> ((Number) v.attributes().get("count")).longValue())
				.reversed())
			.skip(1)
			.findFirst()
			.orElseThrow();
		Answer answer = ask(engine, "What was the second largest stakeholder group?");
		assertThat(answer.text()).contains(second.label().in("en", java.util.List.of()).orElseThrow())
			.contains(String.valueOf(second.attributes().get("count")));
	}

	@Test
	void aShareTheFiguresCannotGiveIsRefusedNotAnsweredWithARawFigure() {
		Answer answer = ask(engine, "¿Qué porcentaje de las personas vio la reunión por YouTube?");
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
	}

	@Test
	void withoutTheOperationWordsInTheCorpusTheSameQuestionGetsTheFiguresOnly() throws IOException {
		AnswerEngine withoutSum = bundledWith("languages/es.yml", "  sum: [", "  total: [");
		long sum = figure("group", "academia", "count") + figure("group", "diasporas", "count");
		assertThat(ask(withoutSum, "academia y diásporas juntos, ¿cuántos?").text())
			.doesNotContain(String.valueOf(sum));
	}

	@Test
	void anAveragePerPartDividesTheOneValuesFigureByItsParts() throws IOException {
		EntityValue webinars = engine.corpus().family("event").orElseThrow().value("webinars").orElseThrow();
		long participants = figure("event", "webinars", "count");
		int parts = webinars.parts().orElseThrow();
		Answer answer = ask(engine, "¿Cuántas personas hubo en promedio por seminario web?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(participants + " ÷ " + parts);
		// The parts are the corpus's: without them there is nothing to divide by.
		AnswerEngine withoutParts = bundledWith("entities/event.yml", "    parts: " + parts, "");
		assertThat(ask(withoutParts, "¿Cuántas personas hubo en promedio por seminario web?").text())
			.doesNotContain(" ÷ " + parts);
	}

	@Test
	void aCountWithABoundCountsTheValuesWhoseFigurePassesIt() throws IOException {
		long above = BundledEngine.inDocument("group")
			.stream()
			.filter(v -> ((Number) v.attributes().get("count")).doubleValue() > 100)
			.count();
		String question = "¿cuántos grupos tuvieron más de 100 registrados?";
		Answer answer = ask(engine, question);
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).startsWith("Son " + above + ":");
		// The bound's words are the corpus's (languages/es.yml count_bounds): without
		// them the question counts every group.
		AnswerEngine withoutBound = bundledWith("languages/es.yml", "  more_than: [más de,", "  beyond: [más de,");
		assertThat(ask(withoutBound, question).text()).doesNotStartWith("Son " + above + ":");
	}

	@Test
	void aMedianIsTheMiddleFigureOrTheMeanOfTheTwoInTheMiddle() throws IOException {
		long[] groups = figures("group", "count").sorted().toArray();
		double median = groups.length % 2 == 1 ? groups[groups.length / 2]
				: (groups[groups.length / 2 - 1] + groups[groups.length / 2]) / 2.0;
		String expected = java.math.BigDecimal.valueOf(median).stripTrailingZeros().toPlainString().replace('.', ',');
		String question = "¿cuál es la mediana de registrados por grupo?";
		Answer answer = ask(engine, question);
		assertThat(answer.text()).as(answer.trace().toString()).startsWith("La mediana es " + expected + " ");
		long[] days = figures("day", "zoom").sorted().toArray();
		Answer english = ask(engine, "What's the median of the Zoom participants over the three days?");
		assertThat(english.text()).as(english.trace().toString())
			.startsWith("The median is " + days[days.length / 2] + " ");
		// The word is the corpus's (languages/es.yml operations: median).
		AnswerEngine without = bundledWith("languages/es.yml", "  median: [mediana,", "  median: [centro exacto,");
		assertThat(ask(without, question).text()).doesNotStartWith("La mediana");
	}

	@Test
	void aRankSaidWithAnOrdinalFromTheEndIsThatPlaceFromTheOtherEnd() {
		long smallest = figures("group", "count").min().orElseThrow();
		Answer last = ask(engine, "¿Qué categoría quedó en último lugar en número de inscritos?");
		assertThat(last.answered()).as(last.trace().toString()).isTrue();
		assertThat(last.text()).contains("con " + smallest + ".");
		// Outside the rank's phrase, the ordinal names a value: the busiest day is asked.
		long busiest = figures("day", "zoom").max().orElseThrow();
		Answer day = ask(engine, "¿Qué día tuvo más participantes por Zoom, el primero o el último?");
		assertThat(day.text()).as(day.trace().toString()).contains(String.valueOf(busiest));
		assertThat(day.text().indexOf(String.valueOf(busiest)))
			.isLessThan(day.text().indexOf(String.valueOf(figures("day", "zoom").min().orElseThrow())));
	}

	@Test
	void anInclusiveBoundCountsTheValuesAtTheNumberToo() {
		// A number that is one group's figure: "at least" and "or fewer" count that
		// group.
		long academia = figure("group", "academia", "count");
		long from = figures("group", "count").filter(n -> n >= academia).count();
		long upTo = figures("group", "count").filter(n -> n <= academia).count();
		assertThat(from).isGreaterThan(figures("group", "count").filter(n -> n > academia).count());
		Answer spanish = ask(engine, "¿cuántos grupos tuvieron al menos " + academia + " registrados?");
		assertThat(spanish.text()).as(spanish.trace().toString()).startsWith("Son " + from + ":");
		Answer after = ask(engine, "de los grupos de registrados, ¿cuántos tenían " + academia + " o menos?");
		assertThat(after.text()).as(after.trace().toString()).startsWith("Son " + upTo + ":");
		Answer english = ask(engine, "How many groups had " + academia + " or more registrants?");
		assertThat(english.text()).as(english.trace().toString()).startsWith("There are " + from + ":");
	}

	@Test
	void aPercentChangeBetweenTwoDaysRankedFirstByTheirProgrammeIsComputedByTheDaysFigures() {
		long first = figure("day", "apr26", "zoom");
		long second = figure("day", "apr27", "zoom");
		Answer answer = ask(engine, "¿Cuál fue la caída porcentual entre el 26 y el 27?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).as(answer.trace().toString())
			.contains("de " + first + " a " + second + ", " + (first - second) + " menos");
	}

	@Test
	void aPlusSignRightAfterTheNumberIsAnInclusiveBound() throws IOException {
		long academia = figure("group", "academia", "count");
		long from = figures("group", "count").filter(n -> n >= academia).count();
		Answer plus = ask(engine, "how many stakeholder groups had " + academia + "+ registrations");
		assertThat(plus.text()).as(plus.trace().toString()).startsWith("There are " + from + ":");
		// "+" is the corpus's (count_bounds' or_more).
		AnswerEngine without = bundledWith("languages/en.yml", "or over, \"+\"]", "or over]");
		assertThat(ask(without, "how many stakeholder groups had " + academia + "+ registrations").text())
			.doesNotStartWith("There are " + from + ":");
	}

	@Test
	void aCountBoundedByANamedValueCountsTheOtherValuesPastItsFigure() throws IOException {
		EntityFamily groups = engine.corpus().family("group").orElseThrow();
		double academia = ((Number) groups.value("academia").orElseThrow().attributes().get("count")).doubleValue();
		long above = groups.values()
			.stream()
			.filter(EntityValue::inDocument)
			.filter(v -> ((Number) v.attributes().get("count")).doubleValue() > academia)
			.count();
		long below = groups.values()
			.stream()
			.filter(EntityValue::inDocument)
			.filter(v -> ((Number) v.attributes().get("count")).doubleValue() < academia)
			.count();
		Answer more = ask(engine, "¿Cuántos grupos superaron a la academia en número de registrados?");
		assertThat(more.text()).as(more.trace().toString()).startsWith("Son " + above + ":");
		Answer fewer = ask(engine, "How many stakeholder groups registered fewer people than academia did?");
		assertThat(fewer.text()).as(fewer.trace().toString()).startsWith("There are " + below + ":");
		// A bound said before no value of the counted family bounds nothing: "over"
		// before a day.
		assertThat(ask(engine, "How many thematic areas were covered over April 27 and 28 combined?").text())
			.contains("5");
		// The phrases are the corpus's (count_bounds' less_than_value).
		AnswerEngine without = bundledWith("languages/en.yml", "  less_than_value: [", "  beyond_value: [");
		assertThat(ask(without, "How many stakeholder groups registered fewer people than academia did?").text())
			.doesNotStartWith("There are " + below + ":");
	}

	@Test
	void aRankUnderTheThresholdIsStillComputedOverTheWholeFamily() {
		long second = largestGroupCount(2);
		Answer answer = ask(engine, "Which group had the second-highest number of registrants?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(String.valueOf(second));
	}

	@Test
	void aComparisonOfTwoNamedValuesOfAFamilyNoIntentIsAboutIsComputedUnderTheThreshold() {
		long zoom = figure("platform", "zoom", "people");
		long youtube = figure("platform", "youtube", "people");
		assertComputesTheDifference("how many more joined via Zoom than watched on YouTube?", zoom, youtube);
	}

	@Test
	void anAverageUnderTheThresholdIsComputedOverTheWholeFamily() {
		long days = engine.corpus().family("day").orElseThrow().values().size();
		long average = Math.round((double) familyTotal("day", "zoom") / days);
		Answer answer = ask(engine, "Qual a média diária de participantes no Zoom?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(String.valueOf(average));
	}

	@Test
	void anOrdinalOfTheLanguageIsNeverSpellingCorrectedAway() {
		long fourth = largestGroupCount(4);
		Answer answer = ask(engine, "¿Cuál fue el cuarto grupo más numeroso entre los registrados?");
		assertThat(answer.trace().corrections()).doesNotContainKey("cuarto");
		assertThat(answer.text()).contains(String.valueOf(fourth));
	}

}
