package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 1: a question is understood in the language it is written in; the
 * reply's language is the asker's choice, else the question's when clear, else the
 * conversation's, else the channel's hint, else the default; a language the corpus lacks
 * gets the sentence naming the languages the bot speaks.
 */
class LanguageChoiceTests {

	static AnswerEngine engine;

	@BeforeAll
	static void build() {
		engine = BundledEngine.get();
	}

	private static Optional<String> spoken(String language) {
		return engine.corpus().messages().languagesSpoken().in(language, java.util.List.of());
	}

	/** An English conversation: one question clearly in English answered. */
	private static DialogState english() {
		Reply reply = engine.answer("Who opened the meeting?", LanguageHints.NONE, DialogState.EMPTY);
		assertThat(reply.state().language()).contains("en");
		return reply.state();
	}

	@Test
	void theNamesInAnswerTemplatesArePartOfNoLanguage() {
		// Spanish answers' placeholders name attributes in English
		// ("{max(group.count)}"):
		// "count" and "day" are English words only, so this short question is English.
		Answer answer = engine.answer("Day 2 Zoom count?").answer();
		assertThat(answer.language()).as(answer.trace().toString()).isEqualTo("en");
	}

	@Test
	void aFunctionWordBothLanguagesHaveDoesNotFrameAPortugueseQuestionAsSpanish() {
		// "algo" is a stop word of pt.yml as of es.yml: no word only Spanish knows.
		Answer answer = engine.answer("O documento fala algo sobre combater a xenofobia?").answer();
		assertThat(answer.language()).as(answer.trace().toString()).isEqualTo("pt");
	}

	@Test
	void aQuestionOfSharedWordsIsReadInTheLanguageWhoseFunctionWordsFrameIt() {
		// Every content word is Spanish as well; "quantas" frames it as Portuguese. The
		// session 33 start read it as Spanish (the default breaking the tie), where
		// "quantas" counts nothing, and refused.
		Answer answer = engine.answer("Quantas categorias de participantes registrados aparecem no documento?")
			.answer();
		assertThat(answer.trace().language()).as(answer.trace().toString()).isEqualTo("pt");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(String.valueOf(BundledEngine.inDocument("group").size()));
	}

	@Test
	void aShortQuestionWhoseVerbTheExamplesHaveOnlyInAnotherInflectionIsAnsweredInItsLanguage() {
		// No example has "coorganizou", but Portuguese ones have its stem: the message is
		// in a corpus language, and its words say which.
		Answer answer = engine.answer("Quem coorganizou?").answer();
		assertThat(answer.language()).as(answer.trace().toString()).isEqualTo("pt");
		// An inflection is no evidence that a language the corpus lacks is one of ours.
		Answer italian = engine.answer("Quante persone hanno seguito la riunione su YouTube?").answer();
		assertThat(italian.answered()).as(italian.trace().toString()).isFalse();
	}

	@Test
	void theAskersChoiceSetsTheReplysLanguageWhileTheQuestionIsUnderstoodInItsOwn() {
		Answer answer = engine
			.answer("¿Quién abrió la reunión?", new LanguageHints(Optional.of("en"), Optional.of("es")),
					DialogState.EMPTY)
			.answer();
		assertThat(answer.answered()).isTrue();
		assertThat(answer.intent()).isEqualTo("opened_by");
		assertThat(answer.trace().language()).isEqualTo("es");
		assertThat(answer.language()).isEqualTo("en");
		assertThat(answer.text()).contains("opened by");
	}

	@Test
	void aClearQuestionIsAnsweredInItsLanguageWhateverTheConversationAndTheChannelSay() {
		DialogState portuguese = DialogState.EMPTY.inLanguage("pt");
		Reply reply = engine.answer("Who opened the meeting?", LanguageHints.channel(Optional.of("es")), portuguese);
		assertThat(reply.answer().answered()).isTrue();
		assertThat(reply.answer().language()).isEqualTo("en");
		assertThat(reply.state().language()).contains("en");
	}

	@Test
	void theIssuesExamplesWithTheDemoPagesSpanishHintAreAnsweredInTheirOwnLanguages() {
		Answer english = engine.answer("Who opened the meeting?", Optional.of("es"), DialogState.EMPTY).answer();
		assertThat(english.answered()).isTrue();
		assertThat(english.language()).isEqualTo("en");
		Answer portuguese = engine.answer("Quais foram as principais conclusões?", Optional.of("es"), DialogState.EMPTY)
			.answer();
		assertThat(portuguese.answered()).isTrue();
		assertThat(portuguese.intent()).isEqualTo("conclusions");
		assertThat(portuguese.language()).isEqualTo("pt");
	}

	@Test
	void shortTurnsKeepTheConversationsLanguage() {
		DialogState english = english();
		for (String turn : new String[] { "ok", "no", "cool", "gracias" }) {
			Reply reply = engine.answer(turn, LanguageHints.channel(Optional.of("es")), english);
			assertThat(reply.answer().language()).as(turn).isEqualTo("en");
			assertThat(reply.state().language()).as(turn).contains("en");
		}
	}

	@Test
	void theChannelsHintIsTheReplysLanguageOnlyWhenNeitherQuestionNorConversationTells() {
		Answer answer = engine.answer("thanks", LanguageHints.channel(Optional.of("pt")), DialogState.EMPTY).answer();
		assertThat(answer.trace().language()).isEqualTo("en");
		assertThat(answer.language()).isEqualTo("pt");
	}

	@Test
	void withNoHintAndNoConversationATextThatTellsNothingIsAnsweredInTheDefault() {
		assertThat(engine.answer("27?", LanguageHints.NONE, DialogState.EMPTY).answer().language())
			.isEqualTo(engine.corpus().info().defaultLanguage());
	}

	@Test
	void germanAndItalianQuestionsGetTheLanguagesSentenceInTheDefaultLanguage() {
		String language = engine.corpus().info().defaultLanguage();
		for (String question : new String[] { "Wer hat die Sitzung eröffnet?", "Wie viele Leute waren bei Zoom?",
				"Chi ha aperto la riunione?", "Quante persone si sono collegate su Zoom?" }) {
			Answer answer = engine.answer(question, LanguageHints.NONE, DialogState.EMPTY).answer();
			assertThat(answer.answered()).as(question).isFalse();
			assertThat(answer.language()).as(question).isEqualTo(language);
			assertThat(answer.text()).as(question).startsWith(spoken(language).orElseThrow());
			assertThat(answer.suggestions()).as(question).isNotEmpty();
		}
	}

	@Test
	void aQuestionInAnotherScriptGetsTheLanguagesSentenceInTheConversationsLanguage() {
		Answer answer = engine.answer("Кто открыл встречу?", LanguageHints.NONE, english()).answer();
		assertThat(answer.answered()).isFalse();
		assertThat(answer.language()).isEqualTo("en");
		assertThat(answer.text()).startsWith(spoken("en").orElseThrow());
	}

	@Test
	void aLanguageTheModelDoesNotKnowIsNotAnsweredInTheCorpusLanguageItHappensToShareAFewWordsWith() {
		// Haitian Creole: OpenNLP's model lacks it, and "an" and "te" are English and
		// French words.
		for (String question : new String[] { "Kiyès ki te louvri reyinyon an?", "Ki lè reyinyon an te fèt?" }) {
			Answer answer = engine.answer(question, LanguageHints.NONE, DialogState.EMPTY).answer();
			assertThat(answer.answered()).as(question).isFalse();
			assertThat(answer.language()).as(question).isEqualTo(engine.corpus().info().defaultLanguage());
		}
	}

	@Test
	void aSentenceOfUnknownWordsGetsTheLanguagesSentenceWhenTheModelPutsAnotherLanguageFirst() {
		// Haitian Creole (no model language) and Catalan: the model's odds are under
		// FOREIGN_ODDS, but few of the letters are in words a corpus language knows
		String language = engine.corpus().info().defaultLanguage();
		for (String question : new String[] { "Konbyen moun ki te swiv reyinyon an sou YouTube?",
				"Quantes persones es van registrar a la reunió?" }) {
			Answer answer = engine.answer(question, LanguageHints.NONE, DialogState.EMPTY).answer();
			assertThat(answer.answered()).as(question).isFalse();
			assertThat(answer.text()).as(question).startsWith(spoken(language).orElseThrow());
		}
	}

	@Test
	void aShortQuestionWithMisspeltWordsIsNotTakenForAnotherLanguage() {
		Answer answer = engine.answer("cuantas diasporass se registraronn", LanguageHints.NONE, DialogState.EMPTY)
			.answer();
		assertThat(answer.answered()).isTrue();
		assertThat(answer.text()).contains("93");
	}

	@Test
	void offTopicQuestionsInACorpusLanguageAreNotToldWhichLanguagesTheBotSpeaks() {
		for (String question : new String[] { "What is the capital of Mongolia?",
				"How do I reset my password on Ubuntu?", "Can I install Skype on Linux?",
				"¿Cuál es la capital de Mongolia?", "Quelle est la capitale de la Mongolie ?" }) {
			Answer answer = engine.answer(question, LanguageHints.NONE, DialogState.EMPTY).answer();
			assertThat(answer.answered()).as(question).isFalse();
			assertThat(answer.text()).as(question).doesNotStartWith(spoken(answer.language()).orElseThrow());
		}
	}

	@Test
	void aMixedQuestionWithoutContextIsAnsweredInTheLanguageItLeansToNotTheDefault() {
		Answer answer = engine
			.answer("Bonjour, who opened the meeting exactly? Je ne trouve pas the names", LanguageHints.NONE,
					DialogState.EMPTY)
			.answer();
		assertThat(answer.trace().language()).isEqualTo("en");
		assertThat(answer.language()).isEqualTo("en");
	}

	@Test
	void aMessageMixingTwoLanguagesIsAnsweredInTheOneWhoseFunctionWordsFrameIt() {
		String[][] cases = { { "Who was la secretaria ejecutiva de la CEPAL?", "en" },
				{ "Quantas pessoas se inscribieron en la reunión?", "pt" },
				{ "C'est quand la consulta con la sociedad civil?", "fr" } };
		for (String[] mixed : cases) {
			Answer answer = engine.answer(mixed[0], LanguageHints.channel(Optional.of("es")), DialogState.EMPTY)
				.answer();
			assertThat(answer.answered()).as(mixed[0]).isTrue();
			assertThat(answer.language()).as(mixed[0]).isEqualTo(mixed[1]);
		}
	}

}
