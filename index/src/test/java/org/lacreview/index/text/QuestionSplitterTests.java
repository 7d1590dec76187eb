package org.lacreview.index.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Phrasing;
import org.lacreview.index.folding.Folding;

/**
 * Several questions in one message, split where a question ends or a joiner starts the
 * next one.
 */
class QuestionSplitterTests {

	private static final QuestionSplitter SPANISH = new QuestionSplitter(new Phrasing(Map.of(), List.of(), List.of(),
			List.of(), List.of(), Set.of("quién", "cuándo", "cuántos", "dónde"), List.of(), List.of("y"), Map.of()));

	private static List<String> split(String message) {
		return SPANISH.split(Folding.fold(message));
	}

	@Test
	void eachQuestionMarkEndsAQuestion() {
		assertThat(split("¿Cuándo fue? ¿Quién la organizó?")).containsExactly("¿cuando fue?", "¿quien la organizo?");
	}

	@Test
	void atQuestionMarksAPieceWithoutAQuestionWordIsAQuestionOfItsOwn() {
		String message = Folding.fold("¿Cuánto suman las categorías? ¿cuadra con el resumen?");
		assertThat(split("¿Cuánto suman las categorías? ¿cuadra con el resumen?")).hasSize(1);
		assertThat(SPANISH.atQuestionMarks(message)).containsExactly("¿cuanto suman las categorias?",
				"¿cuadra con el resumen?");
		// One piece, or a piece too short to be a question, is the message whole.
		assertThat(SPANISH.atQuestionMarks(Folding.fold("¿Cuánto suman las categorías? ¿ok?")))
			.containsExactly(Folding.fold("¿Cuánto suman las categorías? ¿ok?"));
	}

	@Test
	void aJoinerBeforeAQuestionWordStartsTheNextQuestionAndStaysWithIt() {
		assertThat(split("cuándo fue la reunión y quién la organizó")).containsExactly("cuando fue la reunion",
				"y quien la organizo");
	}

	@Test
	void stopWordsBetweenAJoinerAndAQuestionWordStillStartTheNextQuestionButNotTheRestOfAName() {
		QuestionSplitter withStops = new QuestionSplitter(new Phrasing(Map.of(), List.of(), List.of(), List.of(),
				List.of(), Set.of("cuándo", "cuántos"), List.of(), List.of("y"), Map.of()), Set.of("se", "lo", "que"));
		assertThat(withStops.split(Folding.fold("cuándo fue la feria y se lo que cuántos fueron")))
			.containsExactly("cuando fue la feria", "y se lo que cuantos fueron");
		// Words that are no stop words may be the rest of a value's name.
		assertThat(withStops.split(Folding.fold("la feria de cerámica y talleres de cocina cuántos fueron")))
			.hasSize(1);
		// Without the stop words, only one word may stand there.
		assertThat(split("cuándo fue la feria y se lo que cuántos fueron")).hasSize(1);
	}

	@Test
	void anInterrogativeWrittenWithItsAccentAfterAJoinerStartsTheNextQuestion() {
		QuestionSplitter accented = new QuestionSplitter(
				new Phrasing(Map.of(), List.of(), List.of(), List.of(), List.of(), Set.of("quién", "cuándo"), List.of(),
						List.of("y"), Map.of(), Map.of(), Map.of(), List.of("qué")));
		String message = "¿A qué se comprometieron los gobiernos y qué reafirmaron sobre el Pacto?";
		assertThat(accented.split(Folding.fold(accented.withAccentedQuestionsMarked(message))))
			.containsExactly("¿a que se comprometieron los gobiernos", "y ¿que reafirmaron sobre el pacto?");
		// Without its accent it is also "that"; and with nothing asked before the joiner
		// it starts the only question.
		String unaccented = "¿dijeron que la migración es una opción y que no es una obligación?";
		assertThat(accented.withAccentedQuestionsMarked(unaccented)).isEqualTo(unaccented);
		assertThat(accented.withAccentedQuestionsMarked("bueno y qué se dijo de la xenofobia"))
			.isEqualTo("bueno y qué se dijo de la xenofobia");
		// A language that lists no such interrogative reads the message as written.
		assertThat(SPANISH.withAccentedQuestionsMarked(message)).isEqualTo(message);
		// A short word between the joiner and the interrogative goes with the question.
		String withPreposition = "¿Cuántos vinieron al taller el lunes y de qué se habló ese día?";
		assertThat(accented.split(Folding.fold(accented.withAccentedQuestionsMarked(withPreposition))))
			.containsExactly("¿cuantos vinieron al taller el lunes", "y ¿de que se hablo ese dia?");
		assertThat(SPANISH.split(Folding.fold(message))).hasSize(1);
	}

	@Test
	void anInterrogativeOpeningAMessageWhoseLaterOneIsMarkedIsMarkedToo() {
		QuestionSplitter accented = new QuestionSplitter(
				new Phrasing(Map.of(), List.of(), List.of(), List.of(), List.of(), Set.of("quién", "cuándo"), List.of(),
						List.of("y"), Map.of(), Map.of(), Map.of(), List.of("qué")));
		String message = "qué talleres se hicieron y qué se dijo de la feria?";
		assertThat(accented.withAccentedQuestionsMarked(message))
			.isEqualTo("¿qué talleres se hicieron y ¿qué se dijo de la feria?");
		assertThat(accented.split(Folding.fold(accented.withAccentedQuestionsMarked(message))))
			.containsExactly("¿que talleres se hicieron", "y ¿que se dijo de la feria?");
		// Nothing later marked: the opening word alone asks one question, as written.
		assertThat(accented.withAccentedQuestionsMarked("qué talleres se hicieron el lunes"))
			.isEqualTo("qué talleres se hicieron el lunes");
	}

	@Test
	void aMessageWritingNoAccentAtAllAsksWithTheInterrogativeUnaccentedOrInformallySpelt() {
		QuestionSplitter accented = new QuestionSplitter(new Phrasing(Map.of("k", "que"), List.of(), List.of(),
				List.of(), List.of(), Set.of("cuantos", "cuántos"), List.of(), List.of("y"), Map.of(), Map.of(),
				Map.of(), List.of("qué")));
		assertThat(accented
			.split(Folding.fold(accented.withAccentedQuestionsMarked("cuantos vinieron el lunes y de que se hablo"))))
			.containsExactly("cuantos vinieron el lunes", "y ¿de que se hablo");
		assertThat(accented
			.split(Folding.fold(accented.withAccentedQuestionsMarked("cuantos vinieron el lunes y k se vio"))))
			.hasSize(2);
		// A message opening with one asks with it: the same one after a joiner asks
		// again.
		assertThat(
				accented.split(Folding.fold(accented.withAccentedQuestionsMarked("k se vio el lunes y k el martes"))))
			.containsExactly("¿k se vio el lunes", "y ¿k el martes");
		// One accent anywhere says the writer writes them: "que" is then "that".
		String withAccents = "cuántos dijeron que vendrían y que no vinieron";
		assertThat(accented.withAccentedQuestionsMarked(withAccents)).isEqualTo(withAccents);
	}

	@Test
	void aMessageOpeningWithAnInterrogativeWithoutItsAccentAsksWithTheNextWrittenEitherWay() {
		QuestionSplitter accented = new QuestionSplitter(new Phrasing(Map.of(), List.of(), List.of(), List.of(),
				List.of(), Set.of("cuántos"), List.of(), List.of("y"), Map.of(), Map.of(), Map.of(), List.of("qué")));
		assertThat(accented.split(Folding
			.fold(accented.withAccentedQuestionsMarked("cuantos vinieron el lunes y que temas se vieron ese día"))))
			.containsExactly("cuantos vinieron el lunes", "y ¿que temas se vieron ese dia");
		assertThat(accented.split(
				Folding.fold(accented.withAccentedQuestionsMarked("cuantos vinieron el lunes y qué temas se vieron"))))
			.hasSize(2);
		// Its own accent written, the writer writes them: "que" is "that".
		String withItsAccent = "cuántos vinieron el lunes y que temas se vieron ese día";
		assertThat(accented.withAccentedQuestionsMarked(withItsAccent)).isEqualTo(withItsAccent);
	}

	@Test
	void anInformalSpellingAsksAfterAJoinerEvenWhereTheMessageWritesItsAccents() {
		// "k" has no accent to write; "que" unaccented in the same message stays "that".
		QuestionSplitter accented = new QuestionSplitter(new Phrasing(Map.of("k", "que"), List.of(), List.of(),
				List.of(), List.of(), Set.of("cuantos", "cuántos"), List.of(), List.of("y"), Map.of(), Map.of(),
				Map.of(), List.of("qué")));
		assertThat(accented
			.split(Folding.fold(accented.withAccentedQuestionsMarked("cuántos vinieron el lunes y k talleres hubo"))))
			.containsExactly("cuantos vinieron el lunes", "y ¿k talleres hubo");
		assertThat(accented.split(
				Folding.fold(accented.withAccentedQuestionsMarked("cuántos dijeron que vendrían y que no vinieron"))))
			.hasSize(1);
	}

	@Test
	void aPieceOpenedWithAnInterrogativeThatLostItsAccentIsAQuestionOfItsOwn() {
		QuestionSplitter accented = new QuestionSplitter(new Phrasing(Map.of(), List.of(), List.of(), List.of(),
				List.of(), Set.of("cuántos"), List.of(), List.of("y"), Map.of(), Map.of(), Map.of(), List.of("qué")));
		assertThat(accented.split(Folding.fold("¿cuántos vinieron el lunes? ¿que talleres hubo?")))
			.containsExactly("¿cuantos vinieron el lunes?", "¿que talleres hubo?");
		// Without an interrogative, it goes on the question before.
		assertThat(accented.split(Folding.fold("¿cuántos vinieron el lunes? ¿los de la escuela?"))).hasSize(1);
	}

	@Test
	void aJoinerBeforeAPhraseAskingForAKindStartsTheNextQuestion() {
		// "qué" alone is no interrogative once folded ("que", "that"); "qué día" asks.
		QuestionSplitter kinds = new QuestionSplitter(new Phrasing(Map.of(), List.of(), List.of(), List.of(), List.of(),
				Set.of("quién"), List.of(), List.of("y"), Map.of(), Map.of("day", List.of("qué día"))));
		assertThat(kinds.split(Folding.fold("quién es la directora y qué día abrió el taller")))
			.containsExactly("quien es la directora", "y que dia abrio el taller");
		assertThat(split("quién es la directora y qué día abrió el taller")).hasSize(1);
	}

	@Test
	void aJoinerBeforeAnythingElseJoinsValuesNotQuestions() {
		assertThat(split("¿cuántos gobiernos y académicos se registraron?")).hasSize(1);
	}

	@Test
	void aPieceAfterAQuestionMarkThatAJoinerStartsIsAQuestionOfItsOwn() {
		assertThat(split("¿Quién organizó el taller? ¿y su página web?")).containsExactly("¿quien organizo el taller?",
				"¿y su pagina web?");
		assertThat(split("¿Quién organizó el taller? ¿la escuela sola?")).hasSize(1);
	}

	@Test
	void aPlusBetweenTwoPhrasesOfSeveralWordsJoinsTwoQuestions() {
		assertThat(split("la página web del taller + el nombre de la escuela"))
			.containsExactly("la pagina web del taller", "el nombre de la escuela");
		QuestionSplitter summing = new QuestionSplitter(new Phrasing(Map.of(), List.of(), List.of(), List.of(),
				List.of(), Set.of("cuántos"), List.of(), List.of("y"), Map.of("sum", List.of("juntos"))));
		assertThat(summing.split(Folding.fold("cuántos de la escuela + el taller juntos"))).hasSize(1);
		assertThat(summing.split(Folding.fold("la página web del taller + el nombre de la escuela"))).hasSize(2);
	}

	@Test
	void aPlusInAMessageWithASymbolAskingTheResultAddsItsSides() {
		QuestionSplitter summing = new QuestionSplitter(new Phrasing(Map.of(), List.of(), List.of(), List.of(),
				List.of(), Set.of("cuántos"), List.of(), List.of("y"), Map.of("sum", List.of("+", "="))));
		assertThat(summing.split(Folding.fold("los del taller de pintura + los de la escuela de música = ?")))
			.hasSize(1);
		// The plus sign alone asks for no sum: it joins two requests.
		assertThat(summing.split(Folding.fold("la página web del taller + el nombre de la escuela"))).hasSize(2);
		// Without "=" among the sum's phrases, the same message is two requests.
		QuestionSplitter plusOnly = new QuestionSplitter(new Phrasing(Map.of(), List.of(), List.of(), List.of(),
				List.of(), Set.of("cuántos"), List.of(), List.of("y"), Map.of("sum", List.of("+"))));
		assertThat(plusOnly.split(Folding.fold("los del taller de pintura + los de la escuela de música = ?")))
			.hasSize(2);
	}

	@Test
	void aPlusThatAQuestionWordFollowsStartsAQuestionEvenInAMessageAskingACount() {
		QuestionSplitter counting = new QuestionSplitter(
				new Phrasing(Map.of(), List.of(), List.of(), List.of(), List.of(), Set.of("cuántos"), List.of(),
						List.of("y"), Map.of("count", List.of("cuántos"), "sum", List.of("+", "juntos"))));
		assertThat(counting.split(Folding.fold("la fecha del taller de la escuela + cuántos participaron")))
			.containsExactly("la fecha del taller de la escuela", "cuantos participaron");
		// A plus before a value, not a question, adds it.
		assertThat(counting.split(Folding.fold("cuántos de la escuela + los del taller de pintura"))).hasSize(1);
	}

	@Test
	void inAMessageAskingAComputationTheJoinerARangeOpenerWaitsForJoinsOperands() {
		Phrasing phrasing = new Phrasing(Map.of(), List.of(), List.of(), List.of(), List.of(), Set.of("how many"),
				List.of(), List.of("and"), Map.of("difference", List.of("difference")));
		QuestionSplitter withOpeners = new QuestionSplitter(phrasing, Set.of(), List.of("between"));
		String operands = "what is the difference between how many came to the fair and how many came to the market?";
		assertThat(withOpeners.split(Folding.fold(operands))).hasSize(1);
		// The language's range openers make the difference.
		assertThat(new QuestionSplitter(phrasing, Set.of()).split(Folding.fold(operands))).hasSize(2);
		// A joiner after the one the opener waited for still starts a question.
		assertThat(withOpeners.split(Folding
			.fold("what is the difference between the fair and the market, and how many came to the school?")))
			.containsExactly("what is the difference between the fair and the market",
					"and how many came to the school?");
		// Without a computation, the opener waits for nothing.
		Phrasing plain = new Phrasing(Map.of(), List.of(), List.of(), List.of(), List.of(), Set.of("how many"),
				List.of(), List.of("and"), Map.of());
		assertThat(new QuestionSplitter(plain, Set.of(), List.of("between"))
			.split(Folding.fold("how many came between the fair days and how many came to the market?"))).hasSize(2);
	}

	@Test
	void inAMessageAskingASumTheFirstOperandBeforeTheJoinerIsNoQuestionOfItsOwn() {
		QuestionSplitter summing = new QuestionSplitter(new Phrasing(Map.of(), List.of(), List.of(), List.of(),
				List.of(), Set.of("cuántos", "quién"), List.of(), List.of("y"), Map.of("sum", List.of("sumando"))));
		assertThat(summing.split(Folding.fold("sumando escuela y taller cuántos inscritos son?"))).hasSize(1);
		// Without a sum, the same words are two questions.
		assertThat(split("la fecha de escuela y taller cuántos inscritos tuvo?")).hasSize(2);
		// With one, a question word before the joiner still ends a question.
		assertThat(summing.split(Folding.fold("quién dirige la escuela y taller cuántos son sumando?"))).hasSize(2);
	}

	@Test
	void inAMessageAskingASumAPieceOpenedAsAQuestionEndsAtTheJoiner() {
		QuestionSplitter summing = new QuestionSplitter(new Phrasing(Map.of(), List.of(), List.of(), List.of(),
				List.of(), Set.of("cuántos"), List.of(), List.of("y"), Map.of("sum", List.of("sumando"))));
		assertThat(summing.split(Folding.fold("¿qué taller hubo el lunes y cuántos inscritos son sumando?")))
			.containsExactly("¿que taller hubo el lunes", "y cuantos inscritos son sumando?");
		assertThat(summing.split(Folding.fold("el taller del lunes y cuántos inscritos son sumando?"))).hasSize(1);
		// The sum opening the question spans the joiner: its operands.
		assertThat(summing.split(Folding.fold("¿Sumando escuela y taller cuántos inscritos son?"))).hasSize(1);
	}

	@Test
	void aPieceTooShortToBeAQuestionKeepsTheMessageWhole() {
		assertThat(split("¿Cuándo y dónde fue?")).containsExactly("¿cuando y donde fue?");
	}

	@Test
	void aQuestionWordAloneAfterAQuestionAsksItOfTheSameTopic() {
		assertThat(split("cuántos talleres hubo, cuándo, y quién los abrió")).containsExactly("cuantos talleres hubo",
				"cuando", "y quien los abrio");
		// Opening the message, it asks nothing of its own.
		assertThat(split("cuándo, y quién abrió la feria")).hasSize(1);
	}

	@Test
	void aPieceWithNoQuestionWordGoesOnTheQuestionBeforeIt() {
		assertThat(split("¿quién la coorganizó?? ¿la OIM sola?")).hasSize(1);
	}

	@Test
	void aTopicBeforeAnOpeningQuestionMarkStaysWithItsQuestion() {
		assertThat(split("En las consultas regionales, ¿cuántos hubo por sesión?")).hasSize(1);
	}

	@Test
	void aCommaRightBeforeAQuestionWordEndsAQuestionThatHasOne() {
		assertThat(split("cuándo fue, quién la abrió y cuántos vinieron")).containsExactly("cuando fue",
				"quien la abrio", "y cuantos vinieron");
		assertThat(split("En las consultas regionales, cuántos hubo por sesión")).hasSize(1);
	}

	@Test
	void aPhraseBeforeACommaThatTwoQuestionsFollowIsTheFirstItemOfAList() {
		assertThat(split("fechas de la feria, quién la abrió y cuántos vinieron")).containsExactly("fechas de la feria",
				"quien la abrio", "y cuantos vinieron");
		// One question after it: a topic the question is about.
		assertThat(split("fechas de la feria, quién la abrió")).hasSize(1);
		// The writer opened the question after the comma: what comes before is its topic.
		assertThat(split("En la feria, ¿quién la abrió y cuántos vinieron?"))
			.containsExactly("en la feria, ¿quien la abrio", "y cuantos vinieron?");
	}

	@Test
	void aPhraseThatComputesBeforeACommaIsAnOperandNotAQuestion() {
		QuestionSplitter comparing = new QuestionSplitter(
				new Phrasing(Map.of(), List.of(), List.of(), List.of(), List.of(), Set.of("cuántos", "quién"),
						List.of(), List.of("y"), Map.of("difference", List.of("comparado con"))));
		assertThat(comparing.split(Folding.fold("comparado con el lunes, cuántos menos el martes y cuántos el jueves")))
			.containsExactly("comparado con el lunes, cuantos menos el martes", "y cuantos el jueves");
	}

	@Test
	void aJoinerAndOneWordBeforeAQuestionWordStartTheNextQuestionWhenMoreFollows() {
		assertThat(split("cuántos vinieron y desde cuándo se preparaba")).containsExactly("cuantos vinieron",
				"y desde cuando se preparaba");
		assertThat(split("¿quién tuvo más y por cuántos?")).hasSize(1);
	}

	@Test
	void moreThanThreeQuestionsAreReadAsOneMessage() {
		assertThat(split("¿Cuándo fue? ¿Quién la abrió? ¿Dónde fue? ¿Cuántos vinieron?")).hasSize(1);
		assertThat(split("¿Cuándo fue? ¿Quién la abrió? ¿Dónde fue?")).hasSize(3);
	}

}
