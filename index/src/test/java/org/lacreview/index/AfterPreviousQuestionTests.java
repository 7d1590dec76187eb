package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Localized;

/**
 * Issue 13, item 3: a follow-up not understood alone is read after the previous question
 * ({@link AfterPreviousQuestion}), and that reading is refused when it would answer
 * something else than was asked. Expected days and figures come from the corpus.
 */
class AfterPreviousQuestionTests {

	private static final AnswerEngine engine = BundledEngine.get();

	@Test
	void whichDayAfterAnAreasThemeIsThatAreasDay() {
		List<Answer> answers = BundledEngine.conversation(engine, "Quel a été le thème de l'aire 4 ?", "et la 5 ?",
				"ça s'est passé quel jour ?");
		String day = ((Localized) BundledEngine.value("area", "area5").attributes().get("day")).in("fr", List.of())
			.orElseThrow();
		Answer last = answers.get(2);
		assertThat(last.answered()).as(BundledEngine.why(last)).isTrue();
		assertThat(last.text()).contains(day);
		assertThat(last.trace().decision()).contains("read after the previous question");
	}

	@Test
	void aShareOfAWholeAfterAFigureIsThatFiguresShare() {
		// "registrants" names the registrations' whole: the intent giving them, ranked
		// first, has nothing named to compute a share of; the figure is the last
		// answer's.
		List<Answer> answers = BundledEngine.conversation(engine, "How many people followed via YouTube?",
				"as a share of registrants?");
		long youtube = BundledEngine.figure("platform", "youtube", "people");
		long registered = BundledEngine.familyTotal("group", "count");
		Answer last = answers.get(1);
		assertThat(last.answered()).as(BundledEngine.why(last)).isTrue();
		assertThat(last.text()).contains("(" + youtube + ")", "(" + registered + ";")
			.contains(String.format(Locale.ROOT, "%.1f%%", 100.0 * youtube / registered));
		assertThat(last.trace().decision()).contains("read after the previous question");
	}

	@Test
	void aComparisonAfterTwoFiguresComparesThem() {
		List<Answer> answers = BundledEngine.conversation(engine, "¿cuántos entraron por zoom el 27?",
				"¿y por youtube en total?", "¿cuál fue mayor y por cuánto?");
		long difference = BundledEngine.figure("platform", "youtube", "people")
				- BundledEngine.figure("day", "apr27", "zoom");
		Answer last = answers.get(2);
		assertThat(last.answered()).as(BundledEngine.why(last)).isTrue();
		assertThat(last.text()).contains("YouTube").contains(" " + difference + " ");
	}

	@Test
	void aBareDifferenceAfterTwoQuestionsIsComputedFromBoth() {
		List<Answer> answers = BundledEngine.conversation(engine, "Combien d'inscrits au total ?",
				"et combien sur YouTube ?", "la différence ?");
		long difference = BundledEngine.familyTotal("group", "count")
				- BundledEngine.figure("platform", "youtube", "people");
		Answer last = answers.get(2);
		assertThat(last.answered()).as(BundledEngine.why(last)).isTrue();
		assertThat(last.text()).contains(" " + difference + " ");
		assertThat(last.trace().decision()).contains("read after the two previous questions");
	}

	@Test
	void aBareTotalAfterAnAnswerOfItsOwnIsNotReadAfterTheTurnBefore() {
		// The question before the last asked a date: nothing in the three questions
		// together is a total of figures the conversation gave.
		List<Answer> answers = BundledEngine.conversation(engine, "¿Cuándo fue la reunión regional?",
				"¿quién la organizó?", "¿cuántos en total?");
		assertThat(answers.get(2).answered()).as(BundledEngine.why(answers.get(2))).isFalse();
	}

	@Test
	void aCountOfWhatTheConversationsValueLacksStaysRefused() {
		List<Answer> answers = BundledEngine.conversation(engine, "¿Cuándo fueron las consultas con la sociedad civil?",
				"¿y cuántas sesiones hubo en total?");
		assertThat(answers.get(1).answered()).as(BundledEngine.why(answers.get(1))).isFalse();
	}

	@Test
	void aKindOfAnswerNoReadingGivesStaysRefused() {
		List<Answer> answers = BundledEngine.conversation(engine, "¿Quién inauguró la reunión?",
				"¿cuántos años tiene Vitorino?");
		assertThat(answers.get(1).answered()).as(BundledEngine.why(answers.get(1))).isFalse();
	}

	@Test
	void aSumInAFewWordsAfterAnAnswerGivingTwoCountsAddsThemUpAsABareOneDoes() {
		String asked = "Combien de représentants à la consultation du 12 avril ?";
		Answer bare = BundledEngine.lastAnswer(engine, asked, "en tout ?");
		Answer longer = BundledEngine.lastAnswer(engine, asked, "ça fait combien en tout ?");
		assertThat(bare.trace().decision()).contains("computed a sum");
		assertThat(longer.answered()).as(BundledEngine.why(longer)).isTrue();
		assertThat(longer.text()).isEqualTo(bare.text());
	}

}
