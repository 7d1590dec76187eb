package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * Issue 13, item 2: a message with several questions gets each answered in order, a part
 * the document lacks said to be missing while the others are answered, and
 * {@code answered} only when every part is. The words that join questions are the
 * corpus's ({@code part_joiners} in {@code languages/xx.yml}).
 */
class MultiPartQuestionsTests {

	private static final AnswerEngine engine = BundledEngine.get();

	@TempDir
	Path dir;

	private static String answerOf(String intent, String language) {
		return engine.corpus().intent(intent).orElseThrow().answer().in(language, List.of()).orElseThrow();
	}

	@Test
	void aPairOpenedByARangeWordBeforeTheQuestionIsWhatItComparesNotAQuestionOfItsOwn() {
		long diasporas = BundledEngine.figure("group", "diasporas", "count");
		long academia = BundledEngine.figure("group", "academia", "count");
		String difference = Math.max(diasporas, academia) + " − " + Math.min(diasporas, academia) + " = "
				+ Math.abs(diasporas - academia);
		Answer answer = ask(engine,
				"Entre la diaspora et le milieu académique, qui avait le plus d'inscrits, et avec quel écart ?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).as(answer.trace().toString()).contains(difference);
		// The two named are the two of "les deux groupes", not the family's largest two.
		Answer twoOfThem = ask(engine,
				"Diasporas ou universitaires : lequel des deux groupes comptait le plus d'inscrits, et avec combien d'écart ?");
		assertThat(twoOfThem.text()).as(twoOfThem.trace().toString()).contains(difference);
	}

	@Test
	void aListOfThreeRequestsRefusedWholeIsAnsweredItemByItem() {
		String youtube = String.valueOf(BundledEngine.value("platform", "youtube").attributes().get("people"));
		Answer answer = ask(engine, "Dates of the review, who opened it, and the YouTube audience?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.intent()).as(answer.trace().toString()).isEqualTo("meeting_dates+opened_by+youtube_viewers");
		assertThat(answer.text()).contains(youtube);
		// Two pieces are as often a topic and the question about it: not a list.
		Answer topic = ask(engine, "De los 750 de los seminarios web, ¿cuántos eran académicos?");
		assertThat(topic.answered()).as(topic.trace().toString()).isFalse();
	}

	@Test
	void twoQuestionsAfterAPreambleAreBothAnsweredInOrder() {
		Answer answer = ask(engine,
				"hola, soy de una ONG en Chiapas y quería saber cuándo fue la reunión y quién la organizó");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.intent()).isEqualTo("meeting_dates+organisers");
		assertThat(answer.text()).startsWith(answerOf("meeting_dates", "es")).endsWith(answerOf("organisers", "es"));
	}

	@Test
	void aPronounInALaterPartAfterPartsNamingNothingIsTheMessagesSubjectNotTheAnswersPeople() {
		// "ela" is the meeting the message is about; read against the first part's
		// answer it was one of the people who opened it, and the part was dropped.
		String second = "e em que datas ela aconteceu?";
		Answer alone = ask(engine, second);
		assertThat(alone.answered()).as(alone.trace().toString()).isTrue();
		Answer answer = ask(engine, "Quem abriu a reunião " + second);
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.intent()).isEqualTo("opened_by+" + alone.intent());
		// After a part that names something, the pointer stands for it: the day's
		// Zoom participants are not broken down by group, and that part is said
		// missing.
		Answer named = ask(engine, "How many Zoom participants on April 27, and how many of them were from academia?");
		assertThat(named.answered()).as(named.trace().toString()).isFalse();
		assertThat(named.text()).doesNotContain(String.valueOf(BundledEngine.figure("group", "academia", "count")));
	}

	@Test
	void aSecondPartJoinedByAndThatAsksEnoughOfItsOwnIsAnsweredByTheSentenceHoldingIt() {
		String second = "qué se destacó sobre la cooperación internacional?";
		Answer alone = ask(engine, second);
		assertThat(alone.answered()).as(alone.trace().toString()).isTrue();
		Answer answer = ask(engine, "¿Qué dijeron los gobiernos sobre implementar el Pacto y " + second);
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.intent()).endsWith("+" + alone.intent());
		assertThat(answer.text()).endsWith(alone.text());
	}

	@Test
	void aMessageRefusedWholeIsAnsweredQuestionByQuestionAtItsQuestionMarks() {
		String first = "How many registered in total?";
		Answer alone = ask(engine, first);
		assertThat(alone.answered()).isTrue();
		Answer answer = ask(engine, first + " does that square with the rounded figure?");
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
		assertThat(answer.intent()).isEqualTo(alone.intent());
		assertThat(answer.text()).startsWith(alone.text()).contains("does that square with the rounded figure");
	}

	@Test
	void aPartAfterARefusedOneIsReadAboutWhatTheRefusedPartNamed() {
		Answer answer = ask(engine,
				"¿Cuántas sesiones tuvo la consulta con la sociedad civil y cuántos participantes había por sesión?");
		Answer alone = ask(engine, "¿Cuántos participantes por sesión hubo en la consulta con la sociedad civil?");
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
		assertThat(answer.intent()).as(answer.trace().toString()).isEqualTo(alone.intent());
		assertThat(answer.text()).contains(alone.text());
	}

	@Test
	void anAsksForPhraseAfterTheJoinerStartsTheSecondQuestion() {
		// "qué papel" is a description phrase of languages/es.yml: "y qué papel…" asks
		// again, though "que" alone is no interrogative once folded.
		Answer answer = ask(engine, "¿Qué cargo tiene António Vitorino y qué papel tuvo la OIM?");
		assertThat(answer.intent()).as(answer.trace().toString()).isEqualTo("person_role+org_info");
	}

	@Test
	void aSecondPartAskedWithAContractedQuestionWordAsksItsOwnQuestion() {
		// "what's" is a question word of languages/en.yml: without it the second part
		// asked nothing and went on with the first part's intent about the other
		// organisation.
		Answer answer = ask(engine,
				"Which organisation coordinates the UN Network on Migration, and what's the ECLAC website for the compact?");
		assertThat(answer.intent()).as(answer.trace().toString()).isEqualTo("org_info+org_website");
	}

	@Test
	void aCountsNounPhraseAfterTheJoinerStartsTheSecondQuestion() {
		// "nombre de" is a number phrase of languages/fr.yml since session 33: two
		// requests written as nouns, where the session start answered only the second.
		Answer answer = ask(engine,
				"dates des consultations avec la société civile et nombre de participants par séance ?");
		assertThat(answer.intent()).as(answer.trace().toString()).isEqualTo("event_date+event_participants");
	}

	@Test
	void anAccentedInterrogativeAfterTheJoinerStartsTheSecondQuestion() {
		// "qué" is an accented_question_words entry of languages/es.yml: written with its
		// accent, "y qué…" asks again.
		Answer answer = ask(engine, "¿Qué se dijo sobre el COVID y qué sobre la xenofobia?");
		assertThat(answer.intent()).as(answer.trace().toString()).contains("+");
		assertThat(answer.text()).contains("desproporcionadamente", "xenofobia");
	}

	@Test
	void aPluralAsksForPhraseAfterTheJoinerStartsTheSecondQuestionAndThePartTheDocumentLacksIsSaidMissing() {
		// "en qué fechas" is a day phrase of languages/es.yml asks_for.
		Answer answer = ask(engine, "¿En qué ciudad se hizo la reunión y en qué fechas?");
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
		// The corpus says what the document lacks there (intent "venue", unanswerable):
		// that text stands for the part.
		assertThat(answer.text()).isEqualTo(answerOf("venue", "es") + "\n\n" + answerOf("meeting_dates", "es"));
	}

	@Test
	void aPartRefusedByAnIntentSayingWhatTheDocumentHasInsteadKeepsTheOtherPartsAnswers() {
		// Read whole, the message is answered by the dates alone, which would silently
		// drop the question of the city.
		Answer answer = ask(engine, "¿Cuándo fue la reunión y en qué ciudad se hizo?");
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
		assertThat(answer.text()).isEqualTo(answerOf("meeting_dates", "es") + "\n\n" + answerOf("venue", "es"));
	}

	@Test
	void aQuestionWordOfTwoWordsAfterTheJoinerStartsTheSecondQuestion() {
		// "à quoi" and "para qué" are question words of languages/fr.yml and es.yml.
		Answer french = ask(engine,
				"Le Forum d'examen, c'est quand, et à quoi serviront les résultats de la réunion ?");
		assertThat(french.intent()).as(french.trace().toString()).isEqualTo("forum_date+results_use");
		Answer spanish = ask(engine, "¿Cuándo fue la reunión y para qué servirán sus resultados?");
		assertThat(spanish.intent()).as(spanish.trace().toString()).isEqualTo("meeting_dates+results_use");
	}

	@Test
	void threeQuestionsInEnglishAreAnsweredInEnglish() {
		Answer answer = ask(engine, "When was it? Who opened it? How many watched on YouTube?");
		assertThat(answer.intent()).isEqualTo("meeting_dates+opened_by+youtube_viewers");
		assertThat(answer.language()).isEqualTo("en");
		assertThat(answer.sources()).extracting(Source::url).doesNotHaveDuplicates().isNotEmpty();
	}

	@Test
	void aListedPartStartingWithAShortWordBeforeItsQuestionWordIsAQuestionOfItsOwn() {
		Answer answer = ask(engine, "who opened the meeting, on what date, and how many watched it on YouTube?");
		assertThat(answer.intent()).as(answer.trace().toString()).isEqualTo("opened_by+meeting_dates+youtube_viewers");
	}

	@Test
	void twoPartsReadAsTheSameQuestionGetItsAnswerOnce() {
		Answer answer = ask(engine, "¿Cuándo fue la reunión y cuándo fue la reunión?");

		assertThat(answer.intent()).as(answer.trace().toString()).isEqualTo("meeting_dates+meeting_dates");
		assertThat(answer.text()).isEqualTo(answerOf("meeting_dates", "es"));
	}

	@Test
	void aPartTheDocumentLacksIsSaidToBeMissingAndTheOthersAreAnswered() {
		Answer answer = ask(engine, "¿cuándo fue y quién la financió?");
		assertThat(answer.answered()).isFalse();
		assertThat(answer.text()).startsWith(answerOf("meeting_dates", "es"));
		String missing = engine.corpus()
			.messages()
			.partMissing()
			.in("es", List.of())
			.orElseThrow()
			.replace("{question}", "y quien la financio");
		assertThat(answer.text()).endsWith(missing);
	}

	@Test
	void withoutJoinersInTheCorpusTheSameMessageIsOneQuestion() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("languages/es.yml"), "part_joiners: [y, además, también]", "part_joiners: []");
		AnswerEngine withoutJoiners = AnswerEngine.build(CorpusLoader.load(copy));
		Answer answer = ask(withoutJoiners, "cuándo fue la reunión y quién la organizó");
		assertThat(answer.intent()).doesNotContain(PartsComposer.INTENT_JOINER);
		assertThat(ask(engine, "cuándo fue la reunión y quién la organizó").intent())
			.isEqualTo("meeting_dates+organisers");
	}

	@Test
	void aSecondPartAskingHowManyPerSessionIsNotACountOfTheFirstPartsValues() {
		String participants = ((org.lacreview.index.corpus.Localized) engine.corpus()
			.family("event")
			.orElseThrow()
			.value("civil_society_consultations")
			.orElseThrow()
			.attributes()
			.get("participants")).in("es", List.of()).orElseThrow();
		Answer answer = engine
			.answer("buenas! cuando fue la consulta con la sociedad civil y cuantos participantes por sesion hubo?")
			.answer();
		assertThat(answer.text()).contains(participants);
	}

	@Test
	void aPartRefusedWholeIsAnsweredAtItsQuestionMarks() {
		// Split at "y" only, the first part holds two questions and was refused read
		// whole.
		Answer answer = engine.answer("3 preguntas: gobiernos registrados? gente en youtube? y zoom el ultimo dia?")
			.answer();
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.intent()).isEqualTo("registered_by_group+youtube_viewers+zoom_by_day");
	}

}
