package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.EntityValue;

/**
 * Issue 13, item 3: a pronoun ("ella", "her") after an answer about people asks about
 * them. The words pointing back are masked as the family of what the previous turn was
 * about, as if the question had named it; the people expected are read from the bundled
 * corpus and from the first answer's conversation state.
 */
class PronounTests {

	private static final AnswerEngine engine = BundledEngine.get();

	private static String label(String id, String language) {
		EntityValue person = engine.corpus().family("person").orElseThrow().value(id).orElseThrow();
		return person.label().in(language, List.of()).orElseThrow();
	}

	@Test
	void aPronounAfterAnAnswerAboutOnePersonAsksAboutThatPerson() {
		String id = engine.corpus().family("person").orElseThrow().values().get(0).id();
		Reply first = engine.answer("¿Quién es " + label(id, "es") + "?", Optional.empty(), DialogState.EMPTY);
		Reply second = engine.answer("¿qué hizo ella?", Optional.empty(), first.state());
		assertThat(second.answer().answered()).as(second.answer().trace().toString()).isTrue();
		assertThat(second.answer().intent()).isEqualTo(first.answer().intent());
		assertThat(second.answer().text()).isEqualTo(first.answer().text());
		assertThat(second.answer().trace().masked()).contains("ent_person");
	}

	@Test
	void aPositionAskedOfAPersonIsTheirJobNotARank() {
		// "position" is also a rank phrase of languages/en.yml; after the people who
		// opened the meeting, the best intent, about a person's role, gives no number.
		Reply first = engine.answer("Who opened the meeting?", Optional.empty(), DialogState.EMPTY);
		Reply second = engine.answer("what position does she hold?", Optional.empty(), first.state());
		assertThat(second.answer().answered()).as(second.answer().trace().toString()).isTrue();
		assertThat(second.answer().intent()).isEqualTo("person_role");
	}

	@Test
	void thatDayNextToAnotherFamilysValueStillPointsToTheDayJustAsked() {
		// YouTube's audience is not given by day: "ese día" beside "YouTube" is the
		// day the conversation was about, and the per-day question is refused.
		List<Answer> answers = BundledEngine.conversation(engine, "¿Qué se revisó el 26 de abril?",
				"¿cuántos por zoom ese día?", "¿y por youtube ese día?");
		Answer last = answers.get(2);
		assertThat(last.answered()).as(BundledEngine.why(last)).isFalse();
		assertThat(last.trace().masked()).contains("ent_day");
		assertThat(last.text()).contains(String.valueOf(BundledEngine.figure("platform", "youtube", "people")));
	}

	@Test
	void aDemonstrativeAfterAnAnswerAboutOneAreaAsksAboutThatArea() {
		Reply first = engine.answer("¿De qué trató el área 2 de las mesas redondas?", Optional.empty(),
				DialogState.EMPTY);
		Reply second = engine.answer("¿y la 4?", Optional.empty(), first.state());
		Reply third = engine.answer("¿qué día se trató esa?", Optional.empty(), second.state());
		assertThat(third.answer().answered()).as(third.answer().trace().toString()).isTrue();
		assertThat(third.answer().text()).contains("28");
	}

	@Test
	void aBareThatAfterAnAnswerAboutOneAreaAsksAboutThatArea() {
		Reply first = engine.answer("What was area 3 about?", Optional.empty(), DialogState.EMPTY);
		Reply second = engine.answer("which day was that?", Optional.empty(), first.state());
		Reply named = engine.answer("which day was area 3?", Optional.empty(), DialogState.EMPTY);
		assertThat(second.answer().answered()).as(second.answer().trace().toString()).isTrue();
		assertThat(second.answer().intent()).isEqualTo(named.answer().intent());
		assertThat(second.answer().text()).isEqualTo(named.answer().text());
	}

	@Test
	void aThatMeaningTheLastFigureKeepsTheComputationAsked() {
		Reply first = engine.answer("How many registrants came from academia?", Optional.empty(), DialogState.EMPTY);
		Reply second = engine.answer("What's that as a share of all registrants?", Optional.empty(), first.state());
		Reply named = engine.answer("What's academia as a share of all registrants?", Optional.empty(),
				DialogState.EMPTY);
		assertThat(second.answer().answered()).as(second.answer().trace().toString()).isTrue();
		assertThat(second.answer().text()).contains("%").isEqualTo(named.answer().text());
	}

	@Test
	void aWordPointingBackToSomethingTheAnswerOnlyMentionedIsNotReadAsItWhenTheQuestionStaysUnclear() {
		// The answer about xenophobia names international cooperation, which is also a
		// stakeholder group; "eso" is the topic, not that group.
		Reply first = engine.answer("¿Qué dice el documento sobre la xenofobia?", Optional.empty(), DialogState.EMPTY);
		assertThat(first.state().listed()).containsKey("group");
		Reply second = engine.answer("¿y qué más destacaron junto con eso?", Optional.empty(), first.state());
		assertThat(second.answer().trace().masked()).doesNotContain("ent_group");
	}

	@Test
	void aWordPointingBackToTheDayAskedOfIsReadAsThatDayEvenWhenTheQuestionIsUnderstoodWithout() {
		Reply first = engine.answer("Combien de participants sur Zoom le 27 avril ?", Optional.empty(),
				DialogState.EMPTY);
		Reply second = engine.answer("et quels étaient les thèmes ce jour-là ?", Optional.empty(), first.state());
		Reply named = engine.answer("quels étaient les thèmes le 27 avril ?", Optional.empty(), DialogState.EMPTY);
		assertThat(second.answer().answered()).as(second.answer().trace().toString()).isTrue();
		assertThat(second.answer().intent()).isEqualTo(named.answer().intent());
		assertThat(second.answer().text()).isEqualTo(named.answer().text());
		assertThat(second.answer().trace().masked()).contains("ent_day");
	}

	@Test
	void aPronounAfterAListOfPeopleAsksAboutEachOfThem() {
		Reply first = engine.answer("Who opened the meeting?", Optional.empty(), DialogState.EMPTY);
		Reply second = engine.answer("What's her role?", Optional.empty(), first.state());
		assertThat(second.answer().answered()).as(second.answer().trace().toString()).isTrue();
		List<String> people = first.state().listed().getOrDefault("person", List.of());
		assertThat(people).hasSizeGreaterThan(1);
		for (String id : people) {
			assertThat(second.answer().text()).contains(label(id, "en"));
		}
	}

	@Test
	void aPronounDoesNotMakeAnAttributeNothingNamesAnswerable() {
		Reply first = engine.answer("Who opened the meeting?", Optional.empty(), DialogState.EMPTY);
		Answer answer = engine.answer("and what's her email?", Optional.empty(), first.state()).answer();
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
	}

	@Test
	void withoutAnEarlierAnswerAPronounPointsAtNothing() {
		Answer answer = engine.answer("¿qué hizo ella?", Optional.empty(), DialogState.EMPTY).answer();
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
		assertThat(answer.trace().masked()).doesNotContain("ent_");
	}

}
