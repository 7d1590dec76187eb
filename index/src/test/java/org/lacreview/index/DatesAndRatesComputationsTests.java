package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.DateSpan;
import org.lacreview.index.corpus.EntityValue;

/**
 * Issue 13, item 1, the second round: durations, days between dated values, percent
 * changes, ratios, counts of a family's values, computations asked in words the intents'
 * examples do not use, and the ranks and numbers a follow-up asks for. Expected figures
 * are computed here from the corpus's own values.
 */
class DatesAndRatesComputationsTests {

	private static final AnswerEngine engine = BundledEngine.get();

	private static EntityValue value(String family, String id) {
		return BundledEngine.value(family, id);
	}

	private static long figure(String family, String id, String attribute) {
		return BundledEngine.figure(family, id, attribute);
	}

	/**
	 * One decimal, rounded half up, with a decimal comma: how a Spanish computed answer
	 * writes it.
	 */
	private static String spanish(double number) {
		return spanish(number, 1);
	}

	private static String spanish(double number, int decimals) {
		BigDecimal rounded = BigDecimal.valueOf(number).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.scale() <= 0 ? rounded.toBigInteger().toString() : rounded.toPlainString().replace('.', ',');
	}

	private static List<Answer> dialogue(String... questions) {
		return BundledEngine.conversation(engine, questions);
	}

	@Test
	void aDurationCountsTheFirstAndTheLastDay() {
		DateSpan span = value("event", "civil_society_consultations").date().orElseThrow();
		long days = ChronoUnit.DAYS.between(span.from(), span.to()) + 1;
		Answer answer = ask(engine, "How many days did the civil society consultations last?");
		assertThat(answer.answered()).isTrue();
		assertThat(answer.text()).contains("lasted " + days + " days");
	}

	@Test
	void daysBetweenRunFromTheStartOfAValueTheQuestionSaysTheStartOf() {
		DateSpan consultations = value("event", "civil_society_consultations").date().orElseThrow();
		DateSpan meeting = value("event", "review_meeting").date().orElseThrow();
		long fromStart = ChronoUnit.DAYS.between(consultations.from(), meeting.from());
		long fromEnd = ChronoUnit.DAYS.between(consultations.to(), meeting.from());
		assertThat(fromStart).isNotEqualTo(fromEnd);
		Answer start = ask(engine,
				"How many days were there between the start of the civil society consultations and the start of the regional meeting?");
		assertThat(start.text()).as(start.trace().toString()).contains("there were " + fromStart + " days");
		Answer plain = ask(engine,
				"How many days were there between the civil society consultations and the start of the regional meeting?");
		assertThat(plain.text()).as(plain.trace().toString()).contains("there were " + fromEnd + " days");
	}

	@Test
	void aTimeBetweenAskedInWeeksGivesTheDaysAndTheWeeks() {
		DateSpan briefing = value("event", "briefing").date().orElseThrow();
		DateSpan consultation = value("event", "regional_consultations").date().orElseThrow();
		long days = ChronoUnit.DAYS.between(briefing.to(), consultation.from());
		String weeks = new BigDecimal(days / 7.0).setScale(1, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString()
			.replace('.', ',');
		Answer answer = ask(engine,
				"¿Cuántas semanas hubo entre la sesión informativa y la consulta con procesos y plataformas regionales?");
		assertThat(answer.text()).as(answer.trace().toString()).contains(days + " días").contains(weeks + " semanas");
	}

	@Test
	void aTimeBetweenSaidAsHowFarInAdvanceIsCountedToTheLaterValue() {
		// "con cuántos días de antelación", "how many weeks separated": days-between
		// phrases of es.yml and en.yml since session 33 (both refused at its start).
		DateSpan briefing = value("event", "briefing").date().orElseThrow();
		DateSpan meeting = value("event", "review_meeting").date().orElseThrow();
		long days = ChronoUnit.DAYS.between(briefing.to(), meeting.from());
		assertDaysBetween("¿Con cuántos días de antelación a la reunión regional fue la sesión informativa?", days);
		Answer weeks = ask(engine, "How many weeks separated the briefing session from the regional meeting?");
		assertThat(weeks.text()).as(weeks.trace().toString()).contains(days + " days").contains("weeks");
	}

	@Test
	void aTimeAskedInMonthsCountsCalendarMonthsOfValuesDatedByMonth() {
		DateSpan webinars = value("event", "webinars").date().orElseThrow();
		DateSpan consultations = value("event", "civil_society_consultations").date().orElseThrow();
		assertThat(webinars.exactDays()).isFalse();
		long spanned = ChronoUnit.MONTHS.between(YearMonth.from(webinars.from()), YearMonth.from(webinars.to())) + 1;
		Answer duration = ask(engine, "¿Durante cuántos meses se hicieron los seminarios web temáticos?");
		assertThat(duration.text()).as(duration.trace().toString()).contains(spanned + " meses");
		// The months it spanned are said, as the asker cannot tell them from the count.
		Locale spanish = Locale.forLanguageTag("es");
		assertThat(duration.text()).contains(
				webinars.from().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, spanish) + " de "
						+ webinars.from().getYear(),
				webinars.to().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, spanish) + " de "
						+ webinars.to().getYear());
		long between = ChronoUnit.MONTHS.between(YearMonth.from(webinars.to()), YearMonth.from(consultations.from()));
		Answer gap = ask(engine,
				"How many months were there between the end of the webinars and the civil society consultations?");
		assertThat(gap.text()).as(gap.trace().toString()).contains(between + " calendar months");
		// In days, a value dated by month has no count.
		Answer days = ask(engine,
				"How many days were there between the end of the webinars and the civil society consultations?");
		assertThat(days.text()).doesNotContain("there were");
	}

	@Test
	void aVerbRightAfterANameSaysWhichOfItsDaysIsMeant() {
		DateSpan consultations = value("event", "civil_society_consultations").date().orElseThrow();
		DateSpan meeting = value("event", "review_meeting").date().orElseThrow();
		Answer started = ask(engine,
				"How many days before the regional meeting did the civil society consultations start?");
		assertThat(started.text()).as(started.trace().toString())
			.contains("there were " + ChronoUnit.DAYS.between(consultations.from(), meeting.from()) + " days");
		Answer bothEnds = ask(engine,
				"How many days after the civil society consultations began did the regional meeting end?");
		assertThat(bothEnds.text()).as(bothEnds.trace().toString())
			.contains("there were " + ChronoUnit.DAYS.between(consultations.from(), meeting.to()) + " days");
	}

	@Test
	void aVerbAfterANameDoesNotMarkItInALanguageWithoutSuchPhrases() {
		// Spanish puts the verb first: "empezó" here belongs to the meeting, after it.
		DateSpan consultations = value("event", "civil_society_consultations").date().orElseThrow();
		DateSpan meeting = value("event", "review_meeting").date().orElseThrow();
		Answer answer = ask(engine,
				"¿Cuántos días después de terminar las consultas con la sociedad civil empezó la reunión regional?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains("pasaron " + ChronoUnit.DAYS.between(consultations.to(), meeting.from()) + " días");
	}

	@Test
	void aDurationIsReadWithTheVerbBeforeTheQuestionWord() {
		DateSpan span = value("event", "civil_society_consultations").date().orElseThrow();
		long days = ChronoUnit.DAYS.between(span.from(), span.to()) + 1;
		Answer answer = ask(engine, "les consultations avec la société civile ont duré combien de jours ?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(days + " jours");
	}

	@Test
	void howLongAfterAnAnswerGivingDatesIsNotRefusedAsAComputationOverNothing() {
		Answer followUp = dialogue("Quando foi a reunião regional?", "durou quantos dias?").get(1);
		assertThat(followUp.answered()).as(followUp.trace().toString()).isTrue();
		assertThat(followUp.intent()).isEqualTo(dialogue("Quando foi a reunião regional?").get(0).intent());
	}

	@Test
	void aDurationBetweenMonthsIsNoCountOfDays() {
		DateSpan span = value("event", "webinars").date().orElseThrow();
		assertThat(span.exactDays()).isFalse();
		long days = ChronoUnit.DAYS.between(span.from(), span.to()) + 1;
		Answer answer = ask(engine, "¿Cuántos días duraron los seminarios web temáticos?");
		assertThat(answer.text()).as(answer.trace().toString()).doesNotContain(String.valueOf(days));
		// Nor is an answer without dates the answer to "how long": the previous turn's
		// count is not repeated.
		Answer followUp = dialogue("¿Cuánta gente participó en los seminarios web temáticos?", "¿y cuánto duraron?")
			.get(1);
		assertThat(followUp.answered()).as(followUp.trace().toString()).isFalse();
	}

	@Test
	void theDaysBetweenTwoEventsRunFromTheEndOfTheEarlierToTheStartOfTheLater() {
		DateSpan briefing = value("event", "briefing").date().orElseThrow();
		DateSpan consultations = value("event", "civil_society_consultations").date().orElseThrow();
		assertDaysBetween("¿Cuántos días pasaron entre la sesión informativa y las consultas con la sociedad civil?",
				ChronoUnit.DAYS.between(briefing.to(), consultations.from()));
	}

	@Test
	void aFollowUpOpeningWithAJoinerThatAsksDaysBeforeTheMeetingComputesThemFromThePreviousEvent() {
		DateSpan consultations = value("event", "civil_society_consultations").date().orElseThrow();
		DateSpan meeting = value("event", "review_meeting").date().orElseThrow();
		Reply first = engine.answer("¿Cuándo se hicieron las consultas con la sociedad civil?", Optional.empty(),
				DialogState.EMPTY);
		Answer answer = engine
			.answer("¿y cuántos días antes de la reunión terminaron?", Optional.empty(), first.state())
			.answer();
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text())
			.contains("pasaron " + ChronoUnit.DAYS.between(consultations.to(), meeting.from()) + " días");
		// The same words for the days still to go (es.yml "cuántos días faltaban").
		DateSpan briefing = value("event", "briefing").date().orElseThrow();
		Reply asked = engine.answer("¿Cuándo fue la sesión informativa?", Optional.empty(), DialogState.EMPTY);
		assertThat(engine.answer("¿y cuántos días faltaban para la reunión?", Optional.empty(), asked.state())
			.answer()
			.text()).contains("pasaron " + ChronoUnit.DAYS.between(briefing.to(), meeting.from()) + " días");
	}

	@Test
	void aNameThatBeginsOrEndsWithASpanWordMeansTheFirstOrTheLastDayOfItsValue() {
		// event.yml names the meeting "empezó la reunión regional" and "terminó la
		// reunión regional": the span words of es.yml inside the name mark its end.
		DateSpan briefing = value("event", "briefing").date().orElseThrow();
		DateSpan meeting = value("event", "review_meeting").date().orElseThrow();
		assertThat(meeting.from()).isNotEqualTo(meeting.to());
		assertDaysBetween("desde la sesión informativa hasta que terminó la reunión regional, ¿cuántos días pasaron?",
				ChronoUnit.DAYS.between(briefing.to(), meeting.to()));
		assertDaysBetween("¿cuántos días después de la sesión informativa empezó la reunión regional?",
				ChronoUnit.DAYS.between(briefing.to(), meeting.from()));
	}

	@Test
	void aDifferenceFromTheAverageSubtractsTheFamilysAverageFromTheOneValueNamed() {
		long first = figure("day", "apr26", "zoom");
		long last = figure("day", "apr28", "zoom");
		double average = (first + figure("day", "apr27", "zoom") + last) / 3.0;
		Answer above = ask(engine,
				"¿Cuántos participantes más hubo por Zoom el 26 de abril comparado con el promedio de los tres días?");
		assertThat(above.text()).as(above.trace().toString())
			.contains("tuvo " + spanish(first - average) + " más que el promedio")
			.contains(first + " − " + spanish(average) + " = " + spanish(first - average));
		Answer below = ask(engine, "El 28, ¿cuántos menos que el promedio de los tres días se conectaron por Zoom?");
		assertThat(below.text()).as(below.trace().toString())
			.contains("tuvo " + spanish(average - last) + " menos que el promedio");
	}

	@Test
	void aDifferenceFromAnAverageNoFigureGivesIsRefusedNotComputedBetweenTheValuesNamed() {
		Answer answer = ask(engine, "Combien de spectateurs YouTube en moyenne par jour, comparé à Zoom ?");
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
	}

	private static void assertDaysBetween(String question, long days) {
		Answer answer = ask(engine, question);
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains("pasaron " + days + " días");
	}

	@Test
	void theDaysBetweenAnEventAndADayOfTheMeetingCountAcrossBothFamilies() {
		DateSpan briefing = value("event", "briefing").date().orElseThrow();
		DateSpan lastDay = value("day", "apr28").date().orElseThrow();
		long days = ChronoUnit.DAYS.between(briefing.to(), lastDay.from());
		assertDaysBetween("Desde la sesión informativa hasta el cierre de la reunión, ¿cuántos días transcurrieron?",
				days);
		// "separan" is a days-between phrase of es.yml too.
		assertDaysBetween("¿Cuántos días separan la sesión informativa del último día de la reunión?", days);
	}

	@Test
	void aPercentChangeGoesFromTheEarlierDayToTheLaterOneOfARange() {
		long first = figure("day", "apr26", "zoom");
		long last = figure("day", "apr28", "zoom");
		Answer answer = ask(engine, "¿En qué porcentaje bajó la participación por Zoom del 26 al 28 de abril?");
		assertThat(answer.answered()).isTrue();
		assertThat(answer.text()).contains("bajó un " + spanish(100.0 * (first - last) / first) + " %")
			.contains((first - last) + " ÷ " + first);
	}

	@Test
	void aDifferenceAskedAsAPercentageBetweenTwoNamedValuesIsAChange() {
		long first = figure("day", "apr26", "zoom");
		long last = figure("day", "apr28", "zoom");
		Answer answer = ask(engine, "en porcentaje cuánto menos es el 28 respecto al 26?");
		assertThat(answer.text()).contains("bajó un " + spanish(100.0 * (first - last) / first) + " %");
		long middle = figure("day", "apr27", "zoom");
		assertThat(ask(engine, "quanto caiu a audiência do zoom do dia 27 pro dia 28, em porcentagem?").text())
			.contains((middle - last) + " ÷ " + middle);
		// Two days named as a range; "caída" a difference word of es.yml.
		assertThat(ask(engine, "de cuanto fue la caida de zoom entre el 27 y el 28, en porcentaje?").text())
			.contains((middle - last) + " ÷ " + middle);
	}

	@Test
	void aDifferenceWordInAnotherClauseLeavesAShareOfTheWhole() {
		long governments = figure("group", "governments", "count");
		long agencies = figure("group", "un_agencies", "count");
		Answer answer = ask(engine,
				"Los gobiernos más las agencias, fondos y programas ¿qué porcentaje del total de registrados son?");
		assertThat(answer.text()).contains(String.valueOf(governments + agencies)).doesNotContain("bajó");
	}

	@Test
	void aSharePhraseBetweenTwoValuesMakesTheSecondTheWholeDespiteAComma() {
		long first = figure("day", "apr26", "zoom");
		long last = figure("day", "apr28", "zoom");
		Answer answer = ask(engine, "la asistencia por zoom del 28, qué % fue de la del 26?");
		assertThat(answer.text()).contains("(" + last + ")")
			.contains("(" + first + ";")
			.contains(spanish(100.0 * last / first) + " %");
	}

	@Test
	void aShareOfEitherOfTwoValuesIsOfTheirSumOverTheWhole() {
		// "u" (alternative_joiners) between them: neither is the other's whole.
		long governments = figure("group", "governments", "count");
		long civilSociety = figure("group", "civil_society", "count");
		long total = BundledEngine.familyTotal("group", "count");
		Answer answer = ask(engine,
				"¿qué porcentaje de los registrados eran gobiernos u organizaciones de la sociedad civil?");
		assertThat(answer.text()).contains((governments + civilSociety) + " de " + total)
			.contains(spanish(100.0 * (governments + civilSociety) / total) + " %");
	}

	@Test
	void aRatioDividesTheLargerFigureByTheSmaller() {
		long governments = figure("group", "governments", "count");
		long parliamentarians = figure("group", "parliamentarians", "count");
		Answer answer = ask(engine, "¿Cuántas veces más gobiernos que parlamentarios se registraron?");
		assertThat(answer.text()).contains(
				governments + " ÷ " + parliamentarians + " = " + spanish((double) governments / parliamentarians, 2));
	}

	@Test
	void aRatiosPhraseInAQuestionSayingAnAverageAsksTheAverage() {
		Answer answer = ask(engine, "¿Cuántas personas en promedio hubo por cada seminario web?");
		assertThat(answer.text()).as(answer.trace().toString()).startsWith("En promedio, ").doesNotContain("veces");
	}

	@Test
	void aRatioIsGivenToTwoDecimalsAsItsMessageSays() {
		long governments = figure("group", "governments", "count");
		long civilSociety = figure("group", "civil_society", "count");
		Answer answer = ask(engine,
				"¿Cuántas veces más gobiernos que organizaciones de la sociedad civil se registraron?");
		String ratio = spanish((double) governments / civilSociety, 2);
		// Near 1, one decimal would be too coarse: two are written.
		assertThat(ratio).matches("\\d+,\\d\\d");
		assertThat(answer.text()).contains(governments + " ÷ " + civilSociety + " = " + ratio)
			.contains("dos decimales");
	}

	@Test
	void aCountOfAFamilysKindGivesHowManyValuesItHas() {
		long groups = engine.corpus()
			.family("group")
			.orElseThrow()
			.values()
			.stream()
			.filter(EntityValue::inDocument)
			.count();
		Answer answer = ask(engine, "How many stakeholder categories are there in the registration breakdown?");
		assertThat(answer.answered()).isTrue();
		assertThat(answer.text()).startsWith("There are " + groups + ":");
	}

	@Test
	void aCountPhraseBeforeANamedValueIsNoCount() {
		long civilSociety = figure("group", "civil_society", "count");
		assertThat(ask(engine, "¿Cuántos grupos de la sociedad civil se registraron?").text())
			.contains(String.valueOf(civilSociety))
			.doesNotStartWith("Son ");
	}

	@Test
	void aComputationOverNamedValuesIsAnsweredUnderTheThresholdInWordsNoExampleUses() {
		long first = figure("day", "apr26", "zoom");
		long last = figure("day", "apr28", "zoom");
		Answer answer = ask(engine, "Qual foi a queda percentual da participação no Zoom entre 26 e 28 de abril?");
		assertThat(answer.answered()).isTrue();
		assertThat(answer.text()).contains((first - last) + " ÷ " + first);
		assertThat(answer.trace().decision()).contains("under the threshold, but it computes what is asked");
	}

	@Test
	void aShareOfAnotherFamilysAudienceIsRefusedNotComputedOverTheRegistrations() {
		Answer answer = ask(engine, "¿Qué porcentaje de quienes siguieron por YouTube eran de la sociedad civil?");
		assertThat(answer.answered()).isFalse();
	}

	@Test
	void aShareOfAGroupWithinAnEventThatGivesTheGroupAFigureOfItsOwnIsComputedOverTheEventsFigures() {
		// The consultation's text gives the UN agencies a figure of their own: their
		// share of all registrations is not what is asked, but their share of the two
		// figures that text gives is (QuotedFigures.namedBy).
		long registered = figure("group", "un_agencies", "count");
		Answer answer = ask(engine,
				"What percentage of the people at the 12 April consultation were from UN agencies?");
		assertThat(answer.text()).as(answer.trace().toString()).doesNotContain(String.valueOf(registered));
		assertThat(answer.answered()).isTrue();
		assertThat(answer.text()).contains("%");
		// Named alone, the group's share of the registrations is computed.
		assertThat(ask(engine, "What percentage of the registered were from UN agencies?").text())
			.contains(String.valueOf(registered));
	}

	@Test
	void anOrdinalAfterTheLargestOfAFamilyAsksForTheNextInRank() {
		List<Answer> answers = dialogue("¿Qué grupo tuvo más registrados?", "¿y el segundo?", "¿y el tercero?");
		List<EntityValue> ranked = BundledEngine.inDocument("group")
			.stream()
			.sorted((a, b) -> Long.compare(((Number) b.attributes().get("count")).longValue(),
					((Number) a.attributes().get("count")).longValue()))
			.toList();
		assertThat(answers.get(1).text()).contains("«" + ranked.get(1).label().texts().get("es") + "»")
			.contains(String.valueOf(ranked.get(1).attributes().get("count")));
		assertThat(answers.get(2).text()).contains("«" + ranked.get(2).label().texts().get("es") + "»");
	}

	@Test
	void aBareNumberAfterAnAnswerAboutANumberedValueAsksForTheValueWithThatNumber() {
		List<Answer> answers = dialogue("¿Qué día se trató el área 1?", "¿y la 2?");
		assertThat(answers.get(1).answered()).isTrue();
		assertThat(answers.get(1).text()).contains(value("area", "area2").label().texts().get("es"));
	}

	@Test
	void aFigureOfOneFamilyComparesWithAnotherFamilysFigureQualifiedByTheValueNamed() {
		long youtube = figure("platform", "youtube", "people");
		long zoomFirstDay = figure("day", "apr26", "zoom");
		Answer answer = ask(engine, "¿Hubo más personas por YouTube o por Zoom el 26 de abril? ¿Cuántas más?");
		assertThat(answer.answered()).isTrue();
		assertThat(answer.text()).contains(Math.max(youtube, zoomFirstDay) + " − " + Math.min(youtube, zoomFirstDay)
				+ " = " + Math.abs(youtube - zoomFirstDay));
	}

	@Test
	void oneDayBetweenTwoEventsIsSaidInTheSingularWithTheCorpusSentenceForOne() {
		// 12 April to 13 April: computed.days_between_singular of messages.yml.
		Answer answer = engine.answer(
				"Quantos dias depois da consulta com os processos regionais começou a consulta com a sociedade civil?")
			.answer();
		assertThat(answer.trace().decision()).as(answer.trace().toString()).contains("computed a days_between");
		String one = engine.corpus().messages().computed().get("days_between_singular").texts().get("pt");
		assertThat(answer.text()).startsWith(one.substring(0, one.indexOf('{')))
			.endsWith(one.substring(one.lastIndexOf('}') + 1))
			.doesNotContain("1 dias");
	}

	@Test
	void anAverageFollowUpOfOneValueWithPartsDividesItsFigureByThem() {
		EntityValue webinars = value("event", "webinars");
		long figure = figure("event", "webinars", "count");
		int parts = webinars.parts().orElseThrow();
		DialogState state = engine
			.answer("¿Cuántas personas participaron en los seminarios web?", LanguageHints.NONE, DialogState.EMPTY)
			.state();
		Answer answer = engine.answer("¿promedio por seminario?", LanguageHints.NONE, state).answer();
		assertThat(answer.trace().decision()).as(answer.trace().toString()).contains("computed a average");
		assertThat(answer.text()).contains(spanish((double) figure / parts));
	}

}
