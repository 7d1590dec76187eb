package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.EntityValue;

/**
 * Issue 13, item 3: a follow-up is read against the last answer. A bare ordinal is a
 * position among the values of that answer's family; a follow-up naming nothing stays on
 * its topic. Expected figures come from the corpus.
 */
class DialogueFollowUpTests {

	private static final AnswerEngine engine = BundledEngine.get();

	@org.junit.jupiter.api.io.TempDir
	java.nio.file.Path dir;

	/** The answers to the turns of one conversation, in order. */
	private static List<Answer> conversation(String... turns) {
		DialogState state = DialogState.EMPTY;
		List<Answer> answers = new java.util.ArrayList<>();
		for (String turn : turns) {
			Reply reply = engine.answer(turn, LanguageHints.NONE, state);
			answers.add(reply.answer());
			state = reply.state();
		}
		return answers;
	}

	/** The YouTube audience the bundled corpus gives. */
	private static long youtubeViewers() {
		return BundledEngine.figure("platform", "youtube", "people");
	}

	/** The Zoom figure of the meeting's day in position {@code order}. */
	private static long zoom(int order) {
		return ((Number) day(order).attributes().get("zoom")).longValue();
	}

	private static EntityValue day(int order) {
		return BundledEngine.inDocument("day")
			.stream()
			.filter(v -> v.order().orElse(0) == order)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aValueNamedRightAfterAnAnswerWhoseValueGivesItAFigureGetsThatFigure() {
		var corpus = engine.corpus();
		EntityValue consultation = corpus.family("event").orElseThrow().value("regional_consultations").orElseThrow();
		EntityValue agencies = corpus.family("group").orElseThrow().value("un_agencies").orElseThrow();
		long within = new FiguresInTexts(corpus).inTextsOf(consultation, agencies).orElseThrow().longValue();
		List<Answer> answers = conversation("¿Cuándo fue la consulta con procesos y plataformas regionales?",
				"¿y cuántos representantes de agencias de la ONU?");
		assertThat(answers.get(1).text()).as(answers.get(1).trace().toString())
			.containsPattern("\\b" + within + "\\b")
			.doesNotContain(String.valueOf(BundledEngine.figure("group", "un_agencies", "count")));
		// Asked as a question of its own, the group's registrations.
		Answer own = conversation("¿Cuándo fue la consulta con procesos y plataformas regionales?",
				"¿Cuántos inscritos tuvo el grupo de agencias, fondos y programas?")
			.get(1);
		assertThat(own.text()).contains(String.valueOf(BundledEngine.figure("group", "un_agencies", "count")));
	}

	@Test
	void aQuestionOfItsOwnAboutAValueTheLastAnswerGaveAFigureGetsThatFigureUnlessItNamesTheFamily() {
		var corpus = engine.corpus();
		EntityValue consultation = corpus.family("event").orElseThrow().value("regional_consultations").orElseThrow();
		EntityValue agencies = corpus.family("group").orElseThrow().value("un_agencies").orElseThrow();
		long within = new FiguresInTexts(corpus).inTextsOf(consultation, agencies).orElseThrow().longValue();
		long registered = BundledEngine.figure("group", "un_agencies", "count");
		String first = "How many people took part in the April 12 consultation?";
		Answer own = conversation(first, "how many UN agency reps took part?").get(1);
		assertThat(own.text()).as(own.trace().toString())
			.containsPattern("\\b" + within + "\\b")
			.doesNotContain(String.valueOf(registered));
		// The family's noun says the group's own registrations are asked.
		Answer group = conversation(first, "how many registered in the group of agencies, funds and programmes?")
			.get(1);
		assertThat(group.text()).as(group.trace().toString()).contains(String.valueOf(registered));
	}

	@Test
	void aShortCountNamingOnlyAValueCountsWhatThePreviousQuestionCounted() {
		String asked = "¿cuántas áreas de mesas redondas temáticas hubo?";
		Answer followUp = conversation(asked, "¿cuántas el 28?").get(1);
		Answer explicit = conversation("¿cuántas áreas de mesas redondas temáticas hubo el 28?").get(0);
		assertThat(followUp.answered()).as(followUp.trace().toString()).isTrue();
		assertThat(followUp.text()).isEqualTo(explicit.text());
		assertThat(followUp.text()).doesNotContain(String.valueOf(BundledEngine.figure("day", "apr28", "zoom")));
	}

	@Test
	void aCountAfterASuperlativeAnsweredWithBothEndsIsOfTheEndAsked() {
		// The answer gives the day with the most and the one with the fewest; the
		// question asked the fewest, and "¿y cuántos fueron?" is that day's figure.
		long fewest = BundledEngine.least("day", "zoom");
		List<Answer> answers = conversation("¿Qué día tuvo menos participantes por Zoom?", "¿y cuántos fueron?");
		Answer last = answers.get(1);
		assertThat(last.answered()).as(last.trace().toString()).isTrue();
		assertThat(last.text()).containsPattern("\\b" + fewest + "\\b");
		assertThat(answers.get(0).text()).isNotEqualTo(last.text());
	}

	@Test
	void aDifferenceNamingOneValueAfterATurnAboutAnotherOfItsFamilyComparesTheTwo() {
		List<Long> counts = BundledEngine.inDocument("group")
			.stream()
			.map(v -> ((Number) v.attributes().get("count")).longValue())
			.sorted(java.util.Comparator.reverseOrder())
			.toList();
		List<Answer> answers = conversation("¿Cuál fue el grupo con más registrados?", "¿y el segundo?",
				"¿cuántos más tiene el primero?");
		assertThat(answers.get(2).text()).as(answers.get(2).trace().toString())
			.contains(counts.get(0) + " − " + counts.get(1) + " = " + (counts.get(0) - counts.get(1)));
	}

	@Test
	void aCountOfDaysAfterAnAnswerAboutAValueSpanningDaysIsItsDuration() {
		var span = engine.corpus()
			.family("event")
			.orElseThrow()
			.value("review_meeting")
			.orElseThrow()
			.date()
			.orElseThrow();
		long days = java.time.temporal.ChronoUnit.DAYS.between(span.from(), span.to()) + 1;
		List<Answer> answers = conversation("cuando arranca la reunion regional?", "y cuando termina?",
				"cuántos días en total");
		assertThat(answers.get(2).text()).as(answers.get(2).trace().toString()).containsPattern("\\b" + days + "\\b");
		// A figure per day is no count of days.
		Answer perSession = conversation("¿Cuándo fueron las consultas con la sociedad civil?", "¿cuántos por sesión?")
			.get(1);
		assertThat(perSession.trace().decision()).doesNotContain("duration");
	}

	@Test
	void aRankOrdinalOfTheCorpusIsAPlaceInTheRankingJustGiven() throws java.io.IOException {
		List<Long> counts = BundledEngine.inDocument("group")
			.stream()
			.map(v -> ((Number) v.attributes().get("count")).longValue())
			.sorted(java.util.Comparator.reverseOrder())
			.toList();
		String question = "Which group had the most registrations, and by how many did it beat the runner-up?";
		String difference = counts.get(0) + " − " + counts.get(1) + " = " + (counts.get(0) - counts.get(1));
		Answer answer = BundledEngine.ask(question);
		assertThat(answer.text()).as(answer.trace().toString()).contains(difference);
		java.nio.file.Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("languages/en.yml"), "rank_ordinals: {runner-up: 2, runner up: 2}",
				"rank_ordinals: {}");
		AnswerEngine without = AnswerEngine.build(org.lacreview.index.corpus.CorpusLoader.load(copy));
		assertThat(BundledEngine.ask(without, question).text()).doesNotContain(difference);
	}

	@Test
	void aNumberWordInAComputationOverTheLastAnswerTakesThatManyOfItsValuesFromTheFirst() {
		List<Long> counts = BundledEngine.inDocument("group")
			.stream()
			.map(v -> ((Number) v.attributes().get("count")).longValue())
			.sorted()
			.toList();
		List<Answer> answers = conversation("¿Cuál fue el grupo con menos registrados?",
				"¿y cuánto suman entre los dos?");
		assertThat(answers.get(1).text()).as(answers.get(1).trace().toString())
			.contains(String.valueOf(counts.get(0) + counts.get(1)))
			.doesNotContain(String.valueOf(counts.get(0) + counts.get(1) + counts.get(2)));
	}

	@Test
	void aFollowUpAskingWhichTheyWereIsNotAnsweredWithTheFamilysLargestAndSmallest() {
		List<Answer> answers = conversation("How many diaspora representatives registered?", "which ones were they?");
		assertThat(answers.get(1).answered()).as(answers.get(1).trace().toString()).isFalse();
		// A comparison said without a superlative is still asked.
		List<Answer> compared = conversation("¿Cuántos registrados hubo de la academia y de las diásporas?",
				"¿cuál tiene más?");
		assertThat(compared.get(1).answered()).as(compared.get(1).trace().toString()).isTrue();
	}

	@Test
	void aCountWithoutANounAfterAnswersAboutDaysAveragesEveryDay() {
		List<Answer> answers = conversation("¿cuál fue el día con más gente en zoom?", "¿y el que menos?",
				"¿promedio de los tres?");
		long average = Math.round((zoom(1) + zoom(2) + zoom(3)) / 3.0);
		assertThat(answers.get(2).text()).as(answers.get(2).trace().toString()).contains(String.valueOf(average));
		assertThat(answers.get(2).intent()).isEqualTo(answers.get(0).intent());
	}

	@Test
	void anOrdinalOverTheLastListingIsAnsweredAboutThatValueUnderTheThreshold() {
		List<Answer> answers = conversation("Who opened the meeting?", "and the second one?");
		Answer second = answers.get(1);
		assertThat(second.answered()).as(second.trace().toString()).isTrue();
		assertThat(second.trace().decision()).contains("under the threshold, but the question points back");
		assertThat(second.trace().entities()).containsExactly("person:[vitorino]");
	}

	@Test
	void aCountOfAFamilyTheLastAnswerSpokeOfGoesOnWithThatAnswer() {
		// "how many days in total?" after the meeting's dates, whose answer says how many
		// days: the registrations' total at the session start.
		for (String[] turns : new String[][] { { "¿Cuándo fue la reunión?", "¿cuántos días en total?" },
				{ "La réunion s'est tenue quand ?", "ça fait combien de jours en tout ?" } }) {
			List<Answer> answers = conversation(turns);
			assertThat(answers.get(1).intent()).as(answers.get(1).trace().toString())
				.isEqualTo(answers.get(0).intent());
		}
		// Naming a value, it is a question of its own.
		List<Answer> answers = conversation("¿Cuándo fue la reunión?",
				"¿cuántos días duraron las consultas con la sociedad civil?");
		assertThat(answers.get(1).intent()).as(answers.get(1).trace().toString()).isNotEqualTo(answers.get(0).intent());
	}

	@Test
	void aQuestionOfItsOwnAboutOneValueAfterARankingIsNotTheRankingAgain() {
		List<Answer> answers = conversation("Which group had the fewest registrations?", "and how many diaspora reps?");
		Answer asked = conversation("how many diaspora reps?").get(0);
		assertThat(answers.get(1).text()).as(answers.get(1).trace().toString()).isEqualTo(asked.text());
		assertThat(answers.get(1).intent()).isNotEqualTo(answers.get(0).intent());
		// A bare value asks that value's figure: a ranking of one value ranks nothing.
		Answer bare = conversation("Which group had the fewest registrations?", "and the diasporas?").get(1);
		assertThat(bare.intent()).as(bare.trace().toString()).isNotEqualTo(answers.get(0).intent());
		assertThat(bare.text()).contains(String.valueOf(BundledEngine.figure("group", "diasporas", "count")));
	}

	@Test
	void aBareTotalAfterAnAnswerGivingTwoCountsInItsTextAddsThem() {
		List<Answer> answers = conversation("¿Cuántos participaron en la consulta del 12 de abril?",
				"¿cuántos en total?");
		// "47 representantes de 11 entidades … y 20 representantes de agencias": the
		// second number says something of the first and is not added.
		List<Integer> numbers = Pattern.compile("\\d+")
			.matcher(answers.get(0).text())
			.results()
			.map(m -> Integer.parseInt(m.group()))
			.toList();
		assertThat(numbers).hasSize(3);
		assertThat(answers.get(1).trace().decision()).as(answers.get(1).trace().toString()).contains("computed a sum");
		assertThat(answers.get(1).text()).contains(String.valueOf(numbers.get(0) + numbers.get(2)));
	}

	@Test
	void aFollowUpNamingAGroupWhoseWordsNameAnotherEventIsAboutThatEvent() {
		// "sociedad civil" names a stakeholder group; after a question about an event,
		// "¿y la de sociedad civil?" is the event whose name holds those words.
		List<Answer> answers = conversation("¿Cuándo fueron las consultas con procesos y plataformas regionales?",
				"¿y la de sociedad civil?");
		Answer asked = conversation("¿Cuándo fueron las consultas con la sociedad civil?").get(0);
		assertThat(answers.get(1).text()).as(answers.get(1).trace().toString()).isEqualTo(asked.text());
		// Without a previous question about an event, it is the group.
		assertThat(conversation("¿Cuántos se registraron de la academia?", "¿y de la sociedad civil?").get(1).intent())
			.isEqualTo("registered_by_group");
	}

	@Test
	void aBareOrdinalIsThatPositionAmongTheLastAnswersValues() {
		List<Answer> answers = conversation("¿Cuántos se conectaron por Zoom el primer día?", "¿y el segundo?",
				"¿y el último?");
		assertThat(answers.get(1).intent()).isEqualTo("zoom_by_day");
		assertThat(answers.get(1).text()).contains(String.valueOf(day(2).attributes().get("zoom")));
		assertThat(answers.get(2).text()).contains(String.valueOf(day(3).attributes().get("zoom")));
	}

	@Test
	void aFollowUpNamingNothingStaysOnTheLastAnswersTopic() {
		List<Answer> answers = conversation("When were the thematic webinars held?", "and how many people took part?");
		assertThat(answers.get(1).intent()).as(answers.get(1).trace().toString()).isEqualTo("event_participants");
	}

	@Test
	void aFollowUpNamingNothingAfterAnAnswerAboutNoValueGoesOnWithThatAnswersIntent() {
		List<Answer> answers = conversation("¿cuál día tuvo más gente en Zoom?", "¿y el que menos?");
		assertThat(answers.get(1).intent()).as(answers.get(1).trace().toString()).isEqualTo(answers.get(0).intent());
		// Alone, the same words are about another family's least.
		List<Answer> fresh = conversation("¿y el que menos?");
		assertThat(fresh.get(0).intent()).as(fresh.get(0).trace().toString()).isNotEqualTo(answers.get(0).intent());
	}

	@Test
	void aDifferenceAfterAnswersAboutTwoFamiliesComparesTheirFigures() {
		long viewers = youtubeViewers();
		long zoom = zoom(1);
		List<Answer> answers = conversation("Quantos assistiram pelo YouTube?", "e pelo Zoom no primeiro dia?",
				"qual a diferença?");
		assertThat(answers.get(2).text()).as(answers.get(2).trace().toString())
			.contains(viewers + " − " + zoom + " = " + (viewers - zoom));
		// Naming one of the two again, it is still between them.
		List<Answer> again = conversation("How many people watched on YouTube?", "and on Zoom the first day?",
				"so how many more on YouTube?");
		assertThat(again.get(2).text()).contains(viewers + " − " + zoom + " = " + (viewers - zoom));
		// Asked first, with no answers before it, there is nothing to compare.
		assertThat(conversation("qual a diferença?").get(0).answered()).isFalse();
	}

	@Test
	void aDifferenceAfterAListingByGroupSetsTheRegistrationsWholeAgainstTheTurnBefore() {
		long viewers = youtubeViewers();
		long registered = BundledEngine.familyTotal("group", "count");
		List<Answer> answers = conversation("Quantas pessoas acompanharam pelo YouTube?", "e quantas se inscreveram?",
				"qual a diferença?");
		assertThat(answers.get(1).intent()).isEqualTo("registered_by_group");
		assertThat(answers.get(2).text()).as(answers.get(2).trace().toString())
			.contains(registered + " − " + viewers + " = " + (registered - viewers));
	}

	@Test
	void aDifferenceNamingOneValueGoingOnWithTheLastIntentComparesItWithTheValueAskedBefore() {
		long parliamentarians = BundledEngine.figure("group", "parliamentarians", "count");
		long workers = BundledEngine.figure("group", "workers", "count");
		List<Answer> answers = conversation("cuantos parlamentarios hubo", "y de org de trabajadores?",
				"cuántos más son los parlamentarios");
		assertThat(answers.get(2).text()).as(answers.get(2).trace().toString())
			.contains(parliamentarians + " − " + workers + " = " + (parliamentarians - workers));
	}

	@Test
	void theOtherEndsSuperlativeAfterTheLargestIsTheSmallestWithEveryValueTiedWithIt() {
		List<EntityValue> groups = BundledEngine.inDocument("group");
		long least = groups.stream().mapToLong(v -> BundledEngine.figure("group", v.id(), "count")).min().orElseThrow();
		List<String> smallest = groups.stream()
			.filter(v -> BundledEngine.figure("group", v.id(), "count") == least)
			.map(v -> v.label().in("es", List.of()).orElseThrow())
			.toList();
		List<Answer> answers = conversation("cual fue el grupo mas grande de registrados", "y el más chico?");
		assertThat(answers.get(1).text()).as(answers.get(1).trace().toString()).contains(smallest);
		// After the smallest, "the next smallest" is no first from either end.
		List<Answer> next = conversation("which group had the fewest registrants?", "and the next smallest?");
		assertThat(next.get(1).text()).doesNotContain("position 1");
	}

	@Test
	void aQuestionNamingNothingStaysOnTheLastAnswersTopicWithoutAnAnd() {
		List<Answer> answers = conversation("¿Cuándo se hicieron las consultas con la sociedad civil?",
				"¿cuántos participantes hubo por sesión?");
		assertThat(answers.get(1).intent()).as(answers.get(1).trace().toString()).isEqualTo("event_participants");
		List<Answer> fresh = conversation("¿cuántos participantes hubo por sesión?");
		assertThat(fresh.get(0).intent()).as(fresh.get(0).trace().toString()).isNotEqualTo("event_participants");
	}

	@Test
	void afterAnAnswerWithoutASlotTheOneFamilyTheConversationNamedIsItsTopic() {
		Object webinars = engine.corpus()
			.family("event")
			.orElseThrow()
			.value("webinars")
			.orElseThrow()
			.attributes()
			.get("count");
		List<Answer> answers = conversation("¿Cuántos seminarios web temáticos hubo?", "¿y cuánta gente participó?");
		assertThat(answers.get(1).intent()).as(answers.get(1).trace().toString()).isEqualTo("event_participants");
		assertThat(answers.get(1).text()).contains(String.valueOf(webinars));
	}

	@Test
	void anotherValueAskedForAnotherKindOfAnswerIsNotTheSameQuestionAgain() {
		List<Answer> answers = conversation("¿Cuántos representantes hubo en las consultas con la sociedad civil?",
				"¿Cuándo fue la sesión informativa?");
		assertThat(answers.get(1).intent()).as(answers.get(1).trace().toString()).isEqualTo("event_date");
	}

	@Test
	void aTotalAfterAnswersAboutSeveralValuesAddsThoseValues() {
		long academia = BundledEngine.figure("group", "academia", "count");
		long diasporas = BundledEngine.figure("group", "diasporas", "count");
		List<Answer> answers = conversation("¿Cuántos se registraron de la academia y de las diásporas?",
				"¿y en total?");
		assertThat(answers.get(1).text()).contains(String.valueOf(academia + diasporas));
	}

	@Test
	void aComputationAfterQuestionsAboutTwoValuesComputesOverThem() {
		long first = zoom(1);
		long last = zoom(3);
		List<Answer> answers = conversation("How many joined on Zoom on the 26th?", "and on the 28th?",
				"what's the difference?", "together?");
		assertThat(answers.get(2).text()).contains(first + " − " + last + " = " + (first - last));
		assertThat(answers.get(3).text()).contains(String.valueOf(first + last));
	}

	@Test
	void allTheValuesNamedByTheirCountAfterTwoOfThemAreAllComputedOver() {
		long sum = 0;
		for (int order = 1; order <= 3; order++) {
			sum += zoom(order);
		}
		List<Answer> answers = conversation("Quantas pessoas participaram pelo Zoom no dia 26?", "e no dia 27?",
				"e a média dos três dias?");
		assertThat(answers.get(2).text()).contains(sum + " ÷ 3");
		List<Answer> total = conversation("Zoom participants on April 27?", "and the day after?",
				"what about all three days combined?");
		assertThat(total.get(2).text()).contains("In total, " + sum);
		// Without a conversation about the days, "three days" adds up no figure of
		// theirs.
		assertThat(conversation("¿cuántos representantes se registraron en total en la reunión de tres días?").get(0)
			.text()).doesNotContain(String.valueOf(sum));
	}

	@Test
	void aDayNamedByItsPlaceAfterAFigureOverEveryDayAsksForThatFigureOnThatDay() {
		List<Answer> answers = conversation("¿cuánta gente por Zoom?", "¿y el último día?");
		Answer asked = conversation("¿cuánta gente por Zoom el último día?").get(0);
		assertThat(answers.get(1).answered()).as(answers.get(1).trace().toString()).isTrue();
		assertThat(answers.get(1).intent()).isEqualTo(asked.intent());
		assertThat(answers.get(1).text()).contains(String.valueOf(zoom(3)));
	}

	@Test
	void theVerbOfADurationIsNoOrdinalNamingADay() {
		List<Answer> answers = conversation("When was the regional meeting?", "so how many days did it last?");
		assertThat(answers.get(1).trace().masked()).as(answers.get(1).trace().toString()).doesNotContain("ent_day");
		assertThat(answers.get(1).text()).doesNotContain(String.valueOf(zoom(3)));
	}

	@Test
	void aDifferenceAfterTheLargestAndSmallestIsBetweenThem() {
		long first = zoom(1);
		long last = zoom(3);
		List<Answer> answers = conversation("Which day had the most Zoom participants?", "and the fewest?",
				"by how much?");
		assertThat(answers.get(2).text()).contains(first + " − " + last + " = " + (first - last));
		// After a question about named values, "how many more" is between those.
		long viewers = youtubeViewers();
		assertThat(conversation("Foi mais gente pelo YouTube ou pelo Zoom no dia 26? Quantos a mais?").get(0).text())
			.contains(viewers + " − " + first + " = " + (viewers - first));
	}

	@Test
	void howManyMoreThanTheValueWithTheLeastAfterTheOneWithTheMostIsTheGapBetweenThem() {
		long first = zoom(1);
		long last = zoom(3);
		List<Answer> answers = conversation("¿Qué día hubo más gente en Zoom?", "¿y cuántos más que el día con menos?");
		assertThat(answers.get(1).text()).as(answers.get(1).trace().toString())
			.contains(first + " − " + last + " = " + (first - last));
		// Not a count of the days, which the question's "cuántos … día" might read.
		assertThat(conversation("¿Qué día hubo más gente en Zoom y cuántos más que el día con menos?").get(0).text())
			.contains(first + " − " + last + " = " + (first - last));
	}

	@Test
	void aComparisonAfterAQuestionNamingAFamilysWholeSetsThatWholeAgainstTheEarlierValue() {
		long registered = BundledEngine.familyTotal("group", "count");
		long webinars = BundledEngine.figure("event", "webinars", "count");
		List<Answer> answers = conversation("¿Cuántos participaron en los seminarios web?",
				"¿y cuántos registrados tuvo la reunión regional?", "¿cuántos más?");
		assertThat(answers.get(2).text()).as(answers.get(2).trace().toString())
			.contains(registered + " − " + webinars + " = " + (registered - webinars));
	}

	@Test
	void aCountOfWhatTheLastValuesTextCountsIsAnsweredByThatText() {
		EntityValue briefing = engine.corpus().family("event").orElseThrow().value("briefing").orElseThrow();
		String participants = ((org.lacreview.index.corpus.Localized) briefing.attributes().get("participants"))
			.in("en", List.of())
			.orElseThrow();
		Object members = engine.corpus()
			.family("membership")
			.orElseThrow()
			.value("member_states")
			.orElseThrow()
			.attributes()
			.get("count");
		List<Answer> answers = conversation("When was the multi-partner and government briefing?",
				"how many people attended?", "from how many countries?");
		assertThat(answers.get(1).text()).contains(participants);
		assertThat(answers.get(2).text()).as(answers.get(2).trace().toString())
			.contains(participants)
			.doesNotContain(String.valueOf(members));
		// Asked on its own, the number of countries is the member States'.
		assertThat(conversation("from how many countries?").get(0).text()).doesNotContain(participants);
	}

	@Test
	void aShareAskedAfterARankingThatListsTheNextValuesTooIsOfTheValueTheRankingPicked() {
		List<EntityValue> groups = BundledEngine.inDocument("group");
		EntityValue largest = groups.stream()
			.max(java.util.Comparator.comparingDouble(v -> ((Number) v.attributes().get("count")).doubleValue()))
			.orElseThrow();
		long count = ((Number) largest.attributes().get("count")).longValue();
		long total = groups.stream().mapToLong(v -> ((Number) v.attributes().get("count")).longValue()).sum();
		List<Answer> answers = conversation("Which group had the most registrants?", "what percentage is that?");
		assertThat(answers.get(1).text()).as(answers.get(1).trace().toString())
			.contains(count + " of " + total)
			.contains(String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * count / total));
	}

	@Test
	void whatTheLastValuesTextCountsMayComeSeveralQualifyingWordsAfterItsNumber() {
		// "47 representatives of 11 regional, subregional and intra-regional entities":
		// the entities come four words after their number.
		EntityValue consultation = engine.corpus()
			.family("event")
			.orElseThrow()
			.value("regional_consultations")
			.orElseThrow();
		String participants = ((org.lacreview.index.corpus.Localized) consultation.attributes().get("participants"))
			.in("en", List.of())
			.orElseThrow();
		assertThat(participants).containsPattern("\\d+ \\p{L}+, \\p{L}+ and [\\p{L}-]+ entities");
		List<Answer> answers = conversation("How many took part in the regional processes consultation?",
				"from how many entities?");
		assertThat(answers.get(0).text()).contains(participants);
		assertThat(answers.get(1).answered()).as(answers.get(1).trace().toString()).isTrue();
		assertThat(answers.get(1).text()).contains(participants);
	}

	@Test
	void aFollowUpWithoutAComputationIsAboutTheLatestValueAsked() {
		List<Answer> answers = conversation("¿Cuántos se conectaron por Zoom el 26?", "¿y el 28?", "¿cuántos fueron?");
		assertThat(answers.get(2).text()).contains(String.valueOf(day(3).attributes().get("zoom")))
			.doesNotContain(String.valueOf(day(1).attributes().get("zoom")));
	}

	@Test
	void aShortFollowUpIsNeverAnsweredWithAQuoteOfTheDocument() {
		Answer answer = conversation("hola", "¿y juntos?").get(1);
		assertThat(answer.intent()).isNotEqualTo(AnswerSearch.INTENT);
	}

	@Test
	void aDayAfterAGreetingIsNeverAnUnrelatedFamilysFigure() {
		Answer answer = conversation("hola", "¿y el 28?").get(1);
		assertThat(answer.intent()).isIn("agenda_by_day", Answer.FALLBACK);
	}

	@Test
	void anEllipticalFollowUpAfterChitChatGetsWhatTheDocumentSaysOfTheDayNamed() {
		// A greeting is answered from no section of the document: no topic to go on
		// with, so the day named gets the one answer that describes a day
		// (ValueDescription),
		// never another family's figure.
		Answer answer = conversation("buenas tardes", "¿y el 27?").get(1);
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.intent()).isEqualTo("agenda_by_day");
		assertThat(answer.trace().decision()).contains("no previous question to follow");
		assertThat(answer.text()).doesNotContain(String.valueOf(day(2).attributes().get("zoom")));
	}

	@Test
	void anEllipticalFollowUpAfterChitChatNamingAValueNoAnswerDescribesHasNothingToFollow() {
		// No intent describes a group (they give figures): the bot asks what the asker
		// wants to know about it (messages.yml), with questions it can answer.
		Answer answer = conversation("buenas tardes", "¿y los gobiernos?").get(1);
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
		assertThat(answer.trace().decision()).contains("no previous question to follow");
		assertThat(answer.text())
			.startsWith(engine.corpus().messages().nothingToFollow().in("es", List.of()).orElseThrow());
		assertThat(answer.suggestions()).isNotEmpty();
	}

	@Test
	void aBareQuestionWordAfterChitChatHasNothingToFollowButOpeningAConversationAsksAboutTheMeeting() {
		Answer afterThanks = conversation("gracias por la ayuda de ayer", "¿cuántos fueron?").get(1);
		assertThat(afterThanks.answered()).as(afterThanks.trace().toString()).isFalse();
		assertThat(afterThanks.trace().decision()).contains("no previous question to follow");
		Answer opening = conversation("¿cuándo fue?").get(0);
		assertThat(opening.answered()).as(opening.trace().toString()).isTrue();
	}

	@Test
	void aFollowUpWordBeforeTheBareQuestionWordAfterAGreetingStillHasNothingToFollow() {
		for (List<String> turns : List.of(List.of("Hi there", "and how many?"),
				List.of("buenas noches, ¿qué tal todo?", "¿y cuántos fueron?"))) {
			Answer answer = conversation(turns.toArray(String[]::new)).get(1);
			assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
			assertThat(answer.trace().decision()).contains("no previous question to follow");
		}
		// After a question about the document, the same words follow it.
		Answer followed = conversation("¿Cuándo fueron los seminarios web?", "¿y cuántos fueron?").get(1);
		assertThat(followed.answered()).as(followed.trace().toString()).isTrue();
	}

	@Test
	void theDayBeforeTheLastDayAskedIsThatDaysNeighbour() {
		// "veille" is a relative day of languages/fr.yml, never "corrected" to "ville".
		Answer answer = conversation("Combien de participants sur Zoom le " + day(3).label().texts().get("fr") + " ?",
				"et la veille ?")
			.get(1);
		assertThat(answer.trace().corrections()).doesNotContainKey("veille");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(String.valueOf(day(2).attributes().get("zoom")));
	}

	@Test
	void aTotalOfWhatWasSaidThatCannotBeComputedIsRefusedNotAnsweredWithAnotherTotal() {
		Answer answer = conversation("¿Cuándo fueron las consultas con la sociedad civil y otros socios?",
				"¿cuántos en total?")
			.get(1);
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
		assertThat(answer.trace().decision()).contains("do not support");
	}

	@Test
	void aBareQuestionAfterAnAnswerAboutAValueIsAnsweredOnlyAboutThatValue() {
		List<Answer> which = conversation("¿Cuántas entidades regionales participaron en la consulta del 12 de abril?",
				"¿cuáles?");
		assertThat(which.get(0).answered()).as(which.get(0).trace().toString()).isTrue();
		// The answer gives a count of entities, not their names; the classifier's pick
		// for the lone word is the largest stakeholder group.
		assertThat(which.get(1).answered()).as(which.get(1).trace().toString()).isFalse();
		assertThat(which.get(1).trace().decision()).contains("bare question");
		List<Answer> when = conversation("¿Cuántas entidades regionales participaron en la consulta del 12 de abril?",
				"¿cuándo?");
		assertThat(when.get(1).answered()).as(when.get(1).trace().toString()).isTrue();
		assertThat(when.get(1).intent()).isEqualTo("event_date");
	}

	@Test
	void aDateAfterAQuestionAnsweredOverEveryDayAsksThatQuestionOnThatDay() {
		// "How many on Zoom?" is answered for all days together (an intent with no slot);
		// "the day after" is the day after the one the conversation is about.
		List<Answer> answers = conversation("What was the topic on 26 April?", "How many on Zoom?",
				"and the day after?");
		assertThat(answers.get(2).intent()).as(answers.get(2).trace().toString()).isEqualTo("zoom_by_day");
		assertThat(answers.get(2).text()).contains(String.valueOf(day(2).attributes().get("zoom")));
	}

	@Test
	void aDifferenceAfterWhichOfTwoNamedValuesHadMoreIsBetweenThoseTwo() {
		// The answer ranks the two named; the family's own largest was taken as what the
		// conversation was about, and the difference was between the family's ends.
		long parliamentarians = BundledEngine.figure("group", "parliamentarians", "count");
		long nhris = BundledEngine.figure("group", "nhris", "count");
		List<Answer> answers = conversation(
				"¿Quién tuvo más inscritos: los parlamentarios o las instituciones nacionales de DDHH?",
				"¿y cuál es la diferencia?");
		assertThat(answers.get(1).text()).as(answers.get(1).trace().toString())
			.contains(Math.max(parliamentarians, nhris) + " − " + Math.min(parliamentarians, nhris));
	}

	@Test
	void theNextDaySaidColloquiallyIsTheDayAfterTheOneAskedAbout() {
		// "al otro día" is a relative day of languages/es.yml: the agenda of the day
		// after, not the same day's again.
		List<Answer> answers = conversation("¿Qué se discutió el 27 de abril?", "¿y al otro día?");
		assertThat(answers.get(1).trace().entities()).as(answers.get(1).trace().toString())
			.anyMatch(e -> e.contains(day(3).id()));
	}

	@Test
	void aBareNumberQuestionAfterAListIsNotAnsweredWithAnotherFigureButABareWhenIsAboutTheMeeting() {
		List<Answer> count = conversation("¿Quién inauguró la reunión?", "¿cuántos eran?");
		assertThat(count.get(1).intent()).as(count.get(1).trace().toString()).isNotEqualTo("registered_total");
		List<Answer> when = conversation("Who organized the regional review?", "and when was it?");
		assertThat(when.get(1).intent()).as(when.get(1).trace().toString()).isEqualTo("meeting_dates");
	}

	@Test
	void whichOfTheTwoGroupsJustAskedIsLargerIsTheirComparisonEvenInEightWords() {
		long difference = BundledEngine.figure("group", "others", "count")
				- BundledEngine.figure("group", "civil_society", "count");
		List<Answer> answers = conversation("Combien d'organisations de la société civile inscrites ?",
				"et d'autres participants ?", "lequel est le plus grand et de combien ?");
		Answer last = answers.get(2);
		assertThat(last.answered()).as(BundledEngine.why(last)).isTrue();
		assertThat(last.text()).contains(" " + difference + " ");
	}

	@Test
	void howManyDaysLaterAfterAnEventsEndCountsFromThatEnd() {
		EntityValue consultations = BundledEngine.value("event", "civil_society_consultations");
		EntityValue meeting = BundledEngine.value("event", "review_meeting");
		long days = meeting.date().orElseThrow().from().toEpochDay()
				- consultations.date().orElseThrow().to().toEpochDay();
		List<Answer> answers = conversation("When did the civil society consultations end?",
				"how many days later did the review start?");
		Answer last = answers.get(1);
		assertThat(last.text()).as(BundledEngine.why(last)).contains(days + " days");
	}

	@Test
	void theFirstAfterTheSecondLargestIsTheLargest() {
		EntityValue largest = BundledEngine.inDocument("group")
			.stream()
			.max(java.util.Comparator.comparingLong(v -> ((Number) v.attributes().get("count")).longValue()))
			.orElseThrow();
		List<Answer> answers = conversation("el segundo grupo con más registrados cuál fue?", "¿y el primero?");
		Answer last = answers.get(1);
		assertThat(last.answered()).as(BundledEngine.why(last)).isTrue();
		assertThat(last.text()).contains(largest.label().in("es", List.of()).orElseThrow())
			.contains(String.valueOf(largest.attributes().get("count")));
	}

	@Test
	void aPronounAfterSmallTalkPointsToNothingItsAnswerMentioned() {
		List<Answer> answers = conversation("Buenas tardes, ¿qué tal?", "¿y ella qué cargo tiene?");
		assertThat(answers.get(1).answered()).as(BundledEngine.why(answers.get(1))).isFalse();
	}

	@Test
	void daysBeforeAnEventCountToTheValueThePreviousQuestionNamedByASpanName() {
		EntityValue regional = BundledEngine.value("event", "regional_consultations");
		EntityValue meeting = BundledEngine.value("event", "review_meeting");
		long days = meeting.date().orElseThrow().from().toEpochDay() - regional.date().orElseThrow().to().toEpochDay();
		List<Answer> answers = conversation("Quand a eu lieu la réunion régionale ?",
				"combien de jours avant a eu lieu la consultation avec les processus régionaux ?");
		Answer last = answers.get(1);
		assertThat(last.text()).as(BundledEngine.why(last)).contains(days + " jours");
	}

	@Test
	void aKindTheLastAnswerDoesNotGiveIsAskedOfTheValueItMentionedNotOfTheValueItWasAbout() {
		// The results' answer mentions the forum; the forum's intent gives its date.
		List<Answer> forum = conversation("A qué foro se presentará el informe final de ALC?", "¿en qué año?");
		Answer year = forum.get(1);
		assertThat(year.answered()).as(BundledEngine.why(year)).isTrue();
		assertThat(year.intent()).isEqualTo("forum_date");
		// The group's count was about the group: who its registrants were is not given,
		// whatever other intent's examples name the group.
		List<Answer> group = conversation("¿Cuántos registrados hubo en la categoría otros?", "¿quiénes eran?");
		assertThat(group.get(1).answered()).as(BundledEngine.why(group.get(1))).isFalse();
	}

	@Test
	void aFollowUpWhoseOnlyQuestionWordIsInItsOpeningAsksWhatTheLastQuestionAsked() throws java.io.IOException {
		String[] turns = { "How many people joined on Zoom on 27 April?", "what about the first day?" };
		long first = BundledEngine.figure("day", "apr26", "zoom");
		Answer day = conversation(turns).get(1);
		assertThat(day.intent()).as(BundledEngine.why(day)).isEqualTo("zoom_by_day");
		assertThat(day.text()).contains(String.valueOf(first));
		// Without "what about" among the follow-up openings of languages/en.yml, its
		// "what" asks a question of its own, which the classifier reads as "what was it
		// about".
		java.nio.file.Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("languages/en.yml"), "what about, how about, and what about, ", "");
		AnswerEngine without = AnswerEngine.build(org.lacreview.index.corpus.CorpusLoader.load(copy));
		DialogState state = without.answer(turns[0], LanguageHints.NONE, DialogState.EMPTY).state();
		Answer own = without.answer(turns[1], LanguageHints.NONE, state).answer();
		assertThat(own.intent()).as(BundledEngine.why(own)).isNotEqualTo("zoom_by_day");
	}

	@Test
	void aPossessiveAfterWhichOrganisationDidSomethingWithANamedOneIsTheOther() {
		// "qué organismo" asks for a who (languages/es.yml asks_for person), so the
		// organisation named after "junto a" is the companion and "su" the other one.
		String eclacPage = BundledEngine.value("org", "eclac").attributes().get("website").toString();
		Answer site = conversation("¿Qué organismo coorganizó la revisión junto a la OIM?", "su sitio web?").get(1);
		assertThat(site.answered()).as(BundledEngine.why(site)).isTrue();
		assertThat(site.text()).contains(eclacPage);
	}

}
