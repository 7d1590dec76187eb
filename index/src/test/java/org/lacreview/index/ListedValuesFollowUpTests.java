package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Localized;

/**
 * Issue 13, item 3: what a follow-up points to in the last answer's text. An ordinal or a
 * pronoun after an answer listing several people is one of them; a follow-up that names
 * the same day but another family is a new question about that day; "how many fewer than
 * the day before" compares the day named with the day the conversation was about.
 * Expected names and figures come from the corpus.
 */
class ListedValuesFollowUpTests {

	private static final AnswerEngine engine = BundledEngine.get();

	private static List<Answer> conversation(String... turns) {
		return BundledEngine.conversation(engine, turns);
	}

	private static List<EntityValue> people() {
		return engine.corpus().family("person").orElseThrow().values();
	}

	private static String role(EntityValue person, String lang) {
		return ((Localized) person.attributes().get("role")).in(lang, List.of()).orElseThrow();
	}

	private static String label(EntityValue value, String lang) {
		return value.label().in(lang, List.of()).orElseThrow();
	}

	@Test
	void aBareNumberAfterAnAnswerListingANumberedFamilyIsThatFamilysValue() {
		List<Answer> answers = conversation("¿Cuántas áreas temáticas tuvieron las mesas redondas?", "¿cuál era la 3?");
		Answer asked = conversation("¿De qué trató el área 3 de las mesas redondas?").get(0);
		assertThat(asked.answered()).isTrue();
		assertThat(answers.get(1).answered()).as(answers.get(1).trace().toString()).isTrue();
		assertThat(answers.get(1).text()).isEqualTo(asked.text());
	}

	/** The people {@code text} names, in the order it names them. */
	private static List<EntityValue> peopleIn(String text, String lang) {
		return people().stream()
			.filter(p -> text.contains(label(p, lang)))
			.sorted(Comparator.comparingInt(p -> text.indexOf(label(p, lang))))
			.toList();
	}

	private static long zoom(String day) {
		return ((Number) engine.corpus().family("day").orElseThrow().value(day).orElseThrow().attributes().get("zoom"))
			.longValue();
	}

	@Test
	void anOrdinalIsAPlaceInTheLongestListTheAnswerGave() {
		// The answer lists the two days too, first: the third is of the five areas.
		List<Answer> answers = conversation("¿Cuántas áreas temáticas hubo en las mesas redondas?",
				"¿cuál era la tercera?");
		EntityValue third = engine.corpus().family("area").orElseThrow().value("area3").orElseThrow();
		String title = ((Localized) third.attributes().get("title")).in("es", List.of()).orElseThrow();
		assertThat(answers.get(1).text()).as(answers.get(1).trace().toString()).contains(title);
	}

	@Test
	void anOrdinalAfterAListOfPeopleIsThePersonAtThatPlace() {
		List<Answer> answers = conversation("quien inauguro la reunion?", "y que cargo tiene el segundo?",
				"¿y el tercero?");
		List<EntityValue> listed = peopleIn(answers.get(0).text(), "es");
		assertThat(listed).hasSizeGreaterThanOrEqualTo(3);
		assertThat(answers.get(1).intent()).isEqualTo("person_role");
		assertThat(answers.get(1).text()).startsWith(label(listed.get(1), "es")).contains(role(listed.get(1), "es"));
		assertThat(answers.get(2).text()).startsWith(label(listed.get(2), "es")).contains(role(listed.get(2), "es"));
	}

	@Test
	void theGroupAQuestionNamedIsNotWhatItsAnswerLists() {
		List<Answer> answers = conversation("Who represented civil society and other stakeholders at the meeting?",
				"Which group is the first one from?", "And the second?");
		List<EntityValue> listed = peopleIn(answers.get(0).text(), "en");
		assertThat(listed).hasSize(2);
		assertThat(answers.get(1).text()).as(answers.get(1).trace().toString()).startsWith(label(listed.get(0), "en"));
		assertThat(answers.get(2).text()).as(answers.get(2).trace().toString()).startsWith(label(listed.get(1), "en"));
	}

	@Test
	void aPronounAfterAListOfPeopleIsAboutThosePeople() {
		// "ellos" is the pronoun of none of them alone (ValuePronounsTests: "ella" is
		// one).
		List<Answer> answers = conversation("¿Quién inauguró la reunión?", "¿y ellos qué cargo tienen?");
		assertThat(answers.get(1).intent()).as(answers.get(1).trace().toString()).isEqualTo("person_role");
		peopleIn(answers.get(0).text(), "es").forEach(p -> assertThat(answers.get(1).text()).contains(role(p, "es")));
	}

	@Test
	void aFollowUpAboutTheSameDayAndAnotherFamilyIsANewQuestionAboutThatDay() {
		List<Answer> answers = conversation("Quel a été le thème de la première journée, le 26 avril ?",
				"Et combien de participants sur Zoom ce jour-là ?", "Et le lendemain ?");
		assertThat(answers.get(1).intent()).isEqualTo("zoom_by_day");
		assertThat(answers.get(1).text()).contains(String.valueOf(zoom("apr26")));
		assertThat(answers.get(2).text()).contains(String.valueOf(zoom("apr27")));
	}

	@Test
	void fewerThanTheDayBeforeComparesTheDayNamedWithTheDayTheConversationWasAbout() {
		List<Answer> answers = conversation("Quais foram os temas do dia 28?",
				"E quantos participaram pelo Zoom nesse dia?", "E quantos a menos que no dia anterior?");
		assertThat(answers.get(1).text()).contains(String.valueOf(zoom("apr28")))
			.doesNotContain(String.valueOf(zoom("apr26")));
		long fewer = zoom("apr27") - zoom("apr28");
		assertThat(answers.get(2).text()).contains(zoom("apr27") + " − " + zoom("apr28") + " = " + fewer);
	}

	@Test
	void togetherAfterTheSecondPlaceAddsTheFirstTwoNotEveryValueTheFirstAnswerListed() {
		List<Long> counts = BundledEngine.inDocument("group")
			.stream()
			.map(v -> ((Number) v.attributes().get("count")).longValue())
			.sorted(Comparator.reverseOrder())
			.toList();
		List<Answer> answers = conversation("¿Cuál fue el grupo con más registrados?", "¿y el segundo?", "¿y juntos?");
		// The first answer names the runners-up too: they are not added.
		assertThat(answers.get(0).text()).contains(String.valueOf(counts.get(2)));
		assertThat(answers.get(2).text()).contains(counts.get(0) + counts.get(1) + ":")
			.doesNotContain(String.valueOf(counts.get(2)));
	}

	@Test
	void aPossessiveAfterAnAnswerAboutAPersonIsAboutTheOrganisationThatAnswerNames() {
		List<Answer> answers = conversation("Quem é Alicia Bárcena?",
				"E qual é o site da organização dela sobre o pacto?");
		String website = (String) engine.corpus()
			.family("org")
			.orElseThrow()
			.value("eclac")
			.orElseThrow()
			.attributes()
			.get("website");
		assertThat(answers.get(0).text())
			.contains(label(engine.corpus().family("org").orElseThrow().value("eclac").orElseThrow(), "pt")
				.replaceAll(" \\(.*", ""));
		assertThat(answers.get(1).intent()).isEqualTo("org_website");
		assertThat(answers.get(1).text()).contains(website);
	}

	@Test
	void aQuestionPointingBackIsAnsweredAboutTheValuesOfTheLastAnswerEvenUnderTheThreshold() {
		List<Answer> answers = conversation("Who organised the review?", "what's their website?");
		assertThat(answers.get(1).answered()).as(answers.get(1).trace().toString()).isTrue();
		assertThat(answers.get(1).intent()).isEqualTo("org_website");
		assertThat(answers.get(1).trace().decision()).contains("points back");
		assertThat(conversation("what's their website?").get(0).answered()).isFalse();
	}

	@Test
	void aPronounQuestionWhoseBestIntentGaveTheLastAnswerAsksItsTopicAgain() {
		// "ela" is the review the first answer spoke of; at the session 33 start the
		// follow-up (0.26, under the threshold) was refused.
		List<Answer> answers = conversation("O que a revisão regional representa?", "E o que ela criou?");
		assertThat(answers.get(1).answered()).as(answers.get(1).trace().toString()).isTrue();
		assertThat(answers.get(1).intent()).isEqualTo(answers.get(0).intent());
		assertThat(answers.get(1).trace().decision()).contains("points back to the last answer");
		// Alone, it points back to nothing.
		assertThat(conversation("E o que ela criou?").get(0).answered()).isFalse();
	}

	@Test
	void aDifferenceNamingNothingAfterAnAnswerGivingBothEndsIsBetweenThem() {
		// Four words: the question does not lean on the conversation by its length, and
		// the intent that answered before ranks low for it; both were needed at the
		// session 33 start, which refused it.
		long most = BundledEngine.figure("day", "apr26", "zoom");
		long fewest = BundledEngine.figure("day", "apr28", "zoom");
		List<Answer> answers = conversation("¿Qué día hubo más participantes por Zoom?", "¿cuál es la diferencia?");
		assertThat(answers.get(1).answered()).as(answers.get(1).trace().toString()).isTrue();
		assertThat(answers.get(1).text()).contains(String.valueOf(most - fewest));
	}

	private static long registered(String group) {
		return ((Number) engine.corpus()
			.family("group")
			.orElseThrow()
			.value(group)
			.orElseThrow()
			.attributes()
			.get("count")).longValue();
	}

	@Test
	void aComparisonNamingNothingAfterTwoValuesComparesThem() {
		List<Answer> answers = conversation("How many registered from agencies, funds and programmes?",
				"and governments?", "which is bigger and by how much?");
		long governments = registered("governments");
		long agencies = registered("un_agencies");
		assertThat(answers.get(2).text()).contains(governments + " − " + agencies + " = " + (governments - agencies));
	}

	@Test
	void aShareNeedsOnlyTheOneValueTheConversationIsAbout() {
		List<Answer> answers = conversation("¿Cuántas diásporas se registraron?",
				"¿y qué porcentaje del total representan?");
		assertThat(answers.get(1).answered()).as(answers.get(1).trace().toString()).isTrue();
		assertThat(answers.get(1).text()).contains(String.valueOf(registered("diasporas"))).contains("%");
	}

	@Test
	void theTwoAndBothPointBackToTheValuesOfTheLastTurns() {
		List<Answer> days = conversation("When was the briefing session with multiple partners and governments?",
				"And the consultations with regional processes and platforms?", "How many days between the two?");
		var events = engine.corpus().family("event").orElseThrow();
		long between = java.time.temporal.ChronoUnit.DAYS.between(
				events.value("briefing").orElseThrow().date().orElseThrow().to(),
				events.value("regional_consultations").orElseThrow().date().orElseThrow().from());
		assertThat(days.get(2).text()).as(days.get(2).trace().toString()).contains(between + " ");
		List<Answer> areas = conversation("What's the second thematic area about?", "and the first?",
				"which day were both discussed?");
		assertThat(areas.get(2).intent()).as(areas.get(2).trace().toString()).isEqualTo("area_day");
	}

	@Test
	void aComputationOverValuesOfTwoFamiliesItCannotComputeIsRefusedNotAnsweredWithATopic() {
		Answer answer = conversation("How many people followed the sessions on YouTube?",
				"and on Zoom on the first day?", "what's the total of those two?")
			.get(2);
		assertThat(answer.answered() ? answer.text() : "").satisfiesAnyOf(t -> assertThat(t).isEmpty(),
				t -> assertThat(t).contains(String.valueOf(((Number) engine.corpus()
					.family("platform")
					.orElseThrow()
					.value("youtube")
					.orElseThrow()
					.attributes()
					.get("people")).longValue() + zoom("apr26"))));
	}

	@Test
	void aBareHowManyAfterAListCountsTheValuesListed() {
		List<Answer> answers = conversation("¿Quién inauguró la reunión?", "¿cuántos eran?");
		Answer count = answers.get(1);
		assertThat(count.answered()).as(count.trace().toString()).isTrue();
		List<String> opened = people().stream()
			.map(p -> p.label().in("es", List.of()).orElseThrow())
			.filter(answers.get(0).text()::contains)
			.toList();
		assertThat(opened).hasSizeGreaterThan(1);
		assertThat(count.text()).containsPattern("\\b" + opened.size() + "\\b");
		assertThat(opened).allMatch(count.text()::contains);
	}

	@Test
	void aTotalAfterAListOfValuesWithoutFiguresCountsThem() {
		String list = "¿Qué áreas temáticas hubo en las mesas redondas?";
		Answer total = conversation(list, "¿cuántas en total?").get(1);
		Answer count = conversation(list, "¿cuántas fueron?").get(1);
		assertThat(total.answered()).as(total.trace().toString()).isTrue();
		assertThat(total.text()).isEqualTo(count.text());
	}

	@Test
	void aTotalAfterAGreetingHasNothingToAddUp() {
		Answer total = conversation("Good morning", "how many in total?").get(1);
		assertThat(total.answered()).as(total.trace().toString()).isFalse();
	}

	@Test
	void aHowManyNamingItsNounAfterAListIsNoCountOfTheList() {
		List<Answer> answers = conversation("¿Quién inauguró la reunión?", "¿cuántos registrados hubo?");
		assertThat(answers.get(1).intent()).as(answers.get(1).trace().toString()).isEqualTo("registered_total");
	}

}
