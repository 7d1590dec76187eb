package org.lacreview.index.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Phrasing;
import org.lacreview.index.folding.Folding;

/**
 * The reading stage: the question is cut out of the message (sentences that ask, what
 * follows the last intro, what precedes the first outro), then informal spellings become
 * words and fillers go. The phrasing lists are written here by hand, small, so that each
 * test shows the one rule it checks.
 */
class QuestionReaderTests {

	private static final Phrasing SPANISH = new Phrasing(
			Map.of("q", "que", "qnts", "cuántos", "kien", "quién", "xq", "porque", "ddhh", "derechos humanos"),
			List.of("eh", "o sea", "bueno"), List.of("quería saber", "una pregunta"), List.of("porque", "ya que"),
			List.of("cuántos", "cuántas"), Set.of("quién", "cuándo", "cuántos"), List.of("soy", "trabajo"),
			List.of("y"), Map.of());

	private static final Phrasing FRENCH = new Phrasing(
			Map.of("c", "c'est", "infos", "informations", "jsp", "je ne sais pas"), List.of("euh", "bon"),
			List.of("je voudrais savoir"), List.of("parce que"), List.of("combien de"), Set.of("quand", "combien"),
			List.of("je suis"), List.of("et"), Map.of());

	private static final QuestionReader READER = new QuestionReader(SPANISH);

	private static String read(String message) {
		return READER.read(Folding.fold(message));
	}

	@Test
	void aDemonstrativeAfterItsArticleAndNounIsDroppedAndOneBeforeItsNounKept() {
		Phrasing trailing = new Phrasing(Map.of(), List.of("eh"), List.of(), List.of(), List.of(), Set.of("cuándo"),
				List.of(), List.of("y"), Map.of(), Map.of(), Map.of(), List.of(), List.of(), List.of(),
				List.of("la … esa", "el ... ese"));
		QuestionReader reader = new QuestionReader(trailing);
		assertThat(reader.read(Folding.fold("eh la sesión esa informativa cuándo fue")))
			.isEqualTo("la sesion informativa cuando fue");
		assertThat(reader.read(Folding.fold("y el taller ese de los lunes?"))).isEqualTo("y el taller de los lunes?");
		// Before its noun it points back, and stays; nor does one agreeing with another
		// article go.
		assertThat(reader.read(Folding.fold("cuándo fue esa sesión"))).isEqualTo("cuando fue esa sesion");
		assertThat(reader.read(Folding.fold("el taller esa"))).isEqualTo("el taller esa");
		// Without the list, as written.
		assertThat(read("la sesión esa informativa")).isEqualTo("la sesion esa informativa");
	}

	@Test
	void aSentenceGivingFiguresIsReadWithAQuestionThatNamesNoValueAndAPreambleIsNot() {
		Statements statements = new Statements(piece -> piece.contains("feria"),
				piece -> piece.chars().anyMatch(Character::isDigit));
		// The question names nothing: it goes on with the figures before it.
		assertThat(READER.read(Folding.fold("Vinieron 120 al taller y 80 a la charla. ¿Cuántos más?"), piece -> false,
				statements))
			.isEqualTo("vinieron 120 al taller y 80 a la charla. ¿cuantos mas?");
		// A question naming a value of its own does not.
		assertThat(
				READER.read(Folding.fold("Vinieron 120 al taller. ¿Cuántos en la feria?"), piece -> false, statements))
			.isEqualTo("¿cuantos en la feria?");
		// Nor is a sentence about the asker, or one with no figure, read with it.
		assertThat(READER.read(Folding.fold("Soy de 2 redes. ¿Cuántos más?"), piece -> false, statements))
			.isEqualTo("¿cuantos mas?");
		assertThat(READER.read(Folding.fold("Hola, buenas tardes. ¿Cuántos más?"), piece -> false, statements))
			.isEqualTo("¿cuantos mas?");
	}

	@Test
	void aComputationAskedAfterTheLastQuestionIsReadWithIt() {
		Statements statements = new Statements(piece -> piece.contains("feria"), piece -> piece.contains("%"));
		// The question names a value; the request after it says how to answer it.
		assertThat(READER.read(Folding.fold("¿Cuántos en la feria? Dame el %"), piece -> false, statements))
			.isEqualTo("¿cuantos en la feria? dame el %");
		// Before the question, a request with a value-naming question is a preamble.
		assertThat(READER.read(Folding.fold("Dame el %. ¿Cuántos en la feria?"), piece -> false, statements))
			.isEqualTo("¿cuantos en la feria?");
		// After it, one naming a value of its own is not read with it.
		assertThat(READER.read(Folding.fold("¿Cuántos en la feria? Y el % de la feria."), piece -> false, statements))
			.isEqualTo("¿cuantos en la feria?");
	}

	@Test
	void thePreambleIsCutAtTheLastIntroPhrase() {
		assertThat(read("Hola, una pregunta: soy de una ONG en Tijuana y quería saber cuándo fue la reunión"))
			.isEqualTo("cuando fue la reunion");
	}

	@Test
	void anIntroInTheReasonsAfterTheFirstQuestionIsNotWhereTheQuestionStarts() {
		assertThat(read("quería saber cuántos se registraron porque nos registramos y quería saber cuántos éramos"))
			.isEqualTo("cuantos se registraron");
	}

	@Test
	void aShortFormsFullStopBeforeTheNextWordIsNoSentenceEnd() {
		assertThat(read("cuántos de ddhh. se registraron?")).isEqualTo("cuantos de derechos humanos se registraron?");
		// Before a question of its own, a full stop still ends the sentence.
		assertThat(read("hola ddhh. ¿cuándo fue?")).isEqualTo("¿cuando fue?");
	}

	@Test
	void aSecondIntroJoinedToWhatTheFirstIntroducedAsksASecondQuestion() {
		assertThat(read("quería saber la fecha y quería saber quién la organizó"))
			.isEqualTo("la fecha y quien la organizo");
		// The first intro after a joiner still ends the asker's preamble.
		assertThat(read("soy de una ONG y quería saber cuándo fue")).isEqualTo("cuando fue");
	}

	@Test
	void anIntroWithNothingAfterItIsKept() {
		assertThat(read("quería saber")).isEqualTo("queria saber");
		assertThat(read("hola, quería saber...")).isEqualTo("hola, queria saber...");
	}

	@Test
	void theReasonsAreCutAtTheFirstOutroPhrase() {
		assertThat(read("cuántos vieron youtube porque estoy haciendo un informe ya que me lo pidieron"))
			.isEqualTo("cuantos vieron youtube");
	}

	@Test
	void anOutroPhraseIsCutOnlyAfterAQuestionOrWhatAnIntroIntroduced() {
		assertThat(read("mi jefa pregunta porque no sabe cuántos vinieron"))
			.isEqualTo("mi jefa pregunta porque no sabe cuantos vinieron");
		assertThat(read("quería saber las fechas porque mi jefa pregunta")).isEqualTo("las fechas");
	}

	@Test
	void aPhraseOfSeveralWordsThatAsksForAKindAsksAsAQuestionWordDoes() {
		// Folded, "qué día" is "que dia": "que" alone is no question word, the phrase of
		// asks_for is.
		Phrasing asking = new Phrasing(Map.of(), List.of("eh"), List.of(), List.of("porque"), List.of(),
				Set.of("cuándo"), List.of(), List.of("y"), Map.of(), Map.of("day", List.of("qué día")), Map.of());
		QuestionReader reader = new QuestionReader(asking);
		assertThat(reader.read(Folding.fold("la sesión qué día fue porque no la encuentro")))
			.isEqualTo("la sesion que dia fue");
		assertThat(READER.read(Folding.fold("la sesión qué día fue porque no la encuentro")))
			.isEqualTo("la sesion que dia fue porque no la encuentro");
	}

	@Test
	void anOutroPhraseWithFewerThanTwoWordsBeforeItIsNotCut() {
		assertThat(read("porque se hizo en línea")).isEqualTo("porque se hizo en linea");
		assertThat(read("reunión porque sí")).isEqualTo("reunion porque si");
	}

	@Test
	void anOpeningQuestionMarkIsNotAWordBeforeAnOutroPhrase() {
		assertThat(read("¿reunión porque sí?")).isEqualTo("¿reunion porque si?");
		assertThat(read("¿Y porque fue virtual?")).isEqualTo("¿y porque fue virtual?");
	}

	@Test
	void aFullStopBeforeANumberEndsAnAbbreviationNotTheSentence() {
		assertThat(read("cuántos en zoom el abr. 27")).isEqualTo("cuantos en zoom el abr. 27");
		assertThat(read("Hola, buenas tardes. ¿Cuándo fue la reunión?")).isEqualTo("¿cuando fue la reunion?");
	}

	@Test
	void onlyTheSentencesThatAskAreKeptWhenSomeDoNot() {
		assertThat(read("Hola, buenas tardes. ¿Cuándo fue la reunión? Gracias de antemano."))
			.isEqualTo("¿cuando fue la reunion?");
		assertThat(read("Hola, buenas tardes. Quién abrió la reunión")).isEqualTo("quien abrio la reunion");
	}

	@Test
	void aPieceEndingInAColonOrACommaIsReadWithTheQuestionItIntroduces() {
		assertThat(read("Registrados del grupo Gobiernos: ¿cuántos?"))
			.isEqualTo("registrados del grupo gobiernos: ¿cuantos?");
		assertThat(read("Hola. Y los parlamentarios, ¿cuántos?")).isEqualTo("y los parlamentarios, ¿cuantos?");
	}

	@Test
	void aLongPieceEndingInAColonIsAPreambleNotATopic() {
		assertThat(read("Soy estudiante de relaciones internacionales en Bogotá y hago mi tesis: ¿Quién abrió?"))
			.isEqualTo("¿quien abrio?");
	}

	@Test
	void aShortPieceThatNamesATopicIsReadWithTheQuestionAfterIt() {
		assertThat(READER.read(Folding.fold("En las consultas regionales, ¿cuántos participantes hubo por sesión?"),
				p -> p.contains("consultas")))
			.isEqualTo("en las consultas regionales, ¿cuantos participantes hubo por sesion?");
		assertThat(READER.read(Folding.fold("En Quito hace frío, ¿cuántos participantes hubo por sesión?"),
				p -> p.contains("consultas")))
			.isEqualTo("¿cuantos participantes hubo por sesion?");
	}

	@Test
	void aTopicOfUpToEighteenWordsIsReadWithTheQuestion() {
		String question = " ¿cuántos inscritos hubo en total en las dos jornadas?";
		for (String topic : List.of("Sumando los talleres de cocina y los de cerámica de la feria de otoño,",
				"En los talleres de la feria del 3 de mayo, contando a los voluntarios de las escuelas,")) {
			assertThat(READER.read(Folding.fold(topic + question), p -> p.contains("talleres")))
				.isEqualTo(Folding.fold(topic + question));
		}
		String longer = "En los talleres de la feria del 3 de mayo, contando a los voluntarios de las escuelas del barrio norte,";
		assertThat(READER.read(Folding.fold(longer + question), p -> p.contains("talleres")))
			.isEqualTo(Folding.fold(question.strip()));
	}

	@Test
	void aTopicEndingInAnEllipsisIsReadWithTheQuestion() {
		String question = " ¿cuántos por taller en promedio?";
		for (String pause : List.of("...", "\u2026")) {
			String topic = "120 inscritos en 8 talleres de la feria" + pause;
			assertThat(READER.read(Folding.fold(topic + question), p -> p.contains("talleres")))
				.isEqualTo(Folding.fold(topic + question));
		}
		// A full stop still ends a sentence that names nothing asked about.
		assertThat(READER.read(Folding.fold("Hace frío en Quito." + question), p -> p.contains("talleres")))
			.isEqualTo(Folding.fold(question.strip()));
	}

	@Test
	void aColonFollowedByASpaceEndsAPreambleSentence() {
		assertThat(read("Trabajo en una alcaldía y necesito esto para un informe: quién abrió la reunión"))
			.isEqualTo("quien abrio la reunion");
		assertThat(read("¿Cuántos había a las 10:30?")).isEqualTo("¿cuantos habia a las 10:30?");
	}

	@Test
	void theSentencesAboutTheAskerGoWhenNoSentenceAsks() {
		assertThat(read("Soy estudiante en Lima y hago mi tesis; necesito la fecha del taller"))
			.isEqualTo("necesito la fecha del taller");
		assertThat(read("Hola. Buenas tardes; necesito la fecha del taller"))
			.isEqualTo("hola. buenas tardes; necesito la fecha del taller");
	}

	@Test
	void anIntroFollowedByNothingButFillersIntroducesNothing() {
		assertThat(read("cuándo fue la reunión, quería saber eh bueno"))
			.isEqualTo("cuando fue la reunion, queria saber");
	}

	@Test
	void aPieceCutOffOnlyByTheNextOpeningQuestionMarkIsItsTopic() {
		assertThat(READER.read(Folding.fold("12/04 ¿qué se hizo ese día?"), p -> p.contains("12/04")))
			.isEqualTo("12/04 ¿que se hizo ese dia?");
		assertThat(READER.read(Folding.fold("Hola ¿cuándo fue?"), p -> false)).isEqualTo("¿cuando fue?");
	}

	@Test
	void aPieceWhereTheAskerSpeaksOfThemselvesIsNeverATopic() {
		assertThat(READER.read(Folding.fold("Hola, soy de una ONG, ¿cuándo fue?"), p -> true))
			.isEqualTo("¿cuando fue?");
	}

	@Test
	void everyAskingSentenceIsKept() {
		assertThat(read("Hola. ¿Quién abrió? ¿Cuándo fue?")).isEqualTo("¿quien abrio? ¿cuando fue?");
	}

	@Test
	void aMessageWhoseSentencesAllAskOrNoneAsksIsKeptWhole() {
		assertThat(read("Hola. Buenas tardes.")).isEqualTo("hola. buenas tardes.");
		assertThat(read("¿Quién abrió? ¿Cuándo fue?")).isEqualTo("¿quien abrio? ¿cuando fue?");
	}

	@Test
	void aDateWithFullStopsDoesNotEndASentence() {
		assertThat(read("Hola. ¿Cuántos hubo el 26.04.?")).isEqualTo("¿cuantos hubo el 26.04.?");
	}

	@Test
	void spellingsAreReplacedAsWholeWordsByTheFoldedStandardWord() {
		assertThat(read("qnts se conectaron x zoom")).isEqualTo("cuantos se conectaron x zoom");
		assertThat(read("kien habló de ddhh")).isEqualTo("quien hablo de derechos humanos");
		assertThat(read("aquí qntsx quiero")).isEqualTo("aqui qntsx quiero");
	}

	@Test
	void spellingsEndNeverBeforeAnApostropheButMayStartAfterAnElision() {
		QuestionReader french = new QuestionReader(FRENCH);
		assertThat(french.read(Folding.fold("c'est quand ?"))).isEqualTo("c'est quand ?");
		assertThat(french.read(Folding.fold("plus d'infos sur la réunion")))
			.isEqualTo("plus d'informations sur la reunion");
		assertThat(french.read(Folding.fold("aujourd'infos"))).isEqualTo("aujourd'infos");
		assertThat(french.read(Folding.fold("c quand, des infos ?"))).isEqualTo("c'est quand, des informations ?");
		assertThat(french.read(Folding.fold("jsp"))).isEqualTo("je ne sais pas");
	}

	@Test
	void fillersAreDroppedAsWholeWords() {
		assertThat(read("eh o sea cuántos se conectaron")).isEqualTo("cuantos se conectaron");
		assertThat(read("bueno, heh, buenos días")).isEqualTo(", heh, buenos dias");
	}

	@Test
	void aFillerWithinAHyphenatedWordIsPartOfThatWord() {
		assertThat(read("qué es el bueno-para-todos, bueno")).isEqualTo("que es el bueno-para-todos,");
		assertThat(read("el eh-mismo")).isEqualTo("el eh-mismo");
	}

	@Test
	void aMessageOfNothingButFillersIsReadAsWritten() {
		assertThat(read("bueno")).isEqualTo("bueno");
		assertThat(read("eh, o sea")).isEqualTo("eh, o sea");
		assertThat(new QuestionReader(FRENCH).read("euh bon")).isEqualTo("euh bon");
	}

	@Test
	void aTextWithNothingToDoComesBackUnchanged() {
		String folded = Folding.fold("¿Cuántas personas se conectaron por Zoom el 27 de abril?");
		assertThat(READER.read(folded)).isEqualTo(folded);
		assertThat(new QuestionReader(Phrasing.NONE).read("eh, qnts porque si")).isEqualTo("eh, qnts porque si");
	}

	@Test
	void aQuestionWordIsAWholeWordOfTheList() {
		assertThat(READER.hasQuestionWord(Folding.fold("y Cuándo fue"))).isTrue();
		assertThat(READER.hasQuestionWord("fue en abril?")).isFalse();
		assertThat(READER.hasQuestionWord("fue en abril")).isFalse();
		assertThat(READER.hasQuestionWord("quienquiera")).isFalse();
	}

	@Test
	void anInterrogativeAskingOnlyWithItsAccentAsksRightAfterAnOpeningQuestionMark() {
		QuestionReader accented = new QuestionReader(new Phrasing(Map.of(), List.of(), List.of(), List.of(), List.of(),
				Set.of("quién"), List.of(), List.of("y"), Map.of(), Map.of(), Map.of(), List.of("qué")));
		assertThat(accented.hasQuestionWord(Folding.fold("¿Qué talleres eran?"))).isTrue();
		assertThat(accented.hasQuestionWord(Folding.fold("¿De qué barrios vinieron?"))).isTrue();
		// Folded, "que" without the question mark is as often "that".
		assertThat(accented.hasQuestionWord(Folding.fold("dijeron que vendrían?"))).isFalse();
		assertThat(READER.hasQuestionWord(Folding.fold("¿Qué talleres eran?"))).isFalse();
	}

	@Test
	void whatFollowsTheFirstKeyCueIsWhatTheQuestionAsksAbout() {
		assertThat(READER.afterKeyCue("¿cuantos periodistas se registraron?")).hasValue(" periodistas se registraron?");
		assertThat(new QuestionReader(FRENCH).afterKeyCue("combien de personnes")).hasValue(" personnes");
		assertThat(READER.afterKeyCue("¿quien abrio la reunion?")).isEmpty();
		assertThat(new QuestionReader(Phrasing.NONE).afterKeyCue("cuantos periodistas")).isEmpty();
	}

}
