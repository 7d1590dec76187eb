package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lacreview.index.text.Phrases;

class QuotedFiguresTests {

	private static final String ANSWER = "Sesión: participaron 200 representantes de la sociedad civil, otras partes y "
			+ "autoridades, y 57 personas de 21 países.";

	@Test
	void twoFiguresOfTheAnswerQuotedAreOperandsLabelledByTheWordsAfterThem() {
		assertThat(QuotedFigures.in("si sumo los 200 representantes y las 57 personas, ¿cuántos da?", ANSWER))
			.hasValueSatisfying(
					operands -> assertThat(operands).extracting(Operands.Operand::label, Operands.Operand::figure)
						.containsExactly(tuple("representantes de la sociedad", 200.0), tuple("personas", 57.0)));
	}

	@Test
	void aFigureSayingSomethingOfAnotherQuotedOneIsNotAnOperand() {
		assertThat(QuotedFigures.in("the 200 representatives and the 57 people from 21 countries, in total?", ANSWER))
			.hasValueSatisfying(
					operands -> assertThat(operands).extracting(Operands.Operand::figure).containsExactly(200.0, 57.0));
	}

	@Test
	void aQuotedFigureQualifyingAnUnquotedOneStandsForIt() {
		// "las personas de 21 países" are the 57 people.
		assertThat(QuotedFigures.in("diferencia entre los 200 representantes y las personas de 21 países", ANSWER))
			.hasValueSatisfying(
					operands -> assertThat(operands).extracting(Operands.Operand::figure).containsExactly(200.0, 57.0));
	}

	@Test
	void aFigureTheQuestionNamesByItsLabelJoinsTheOneItQuotes() {
		assertThat(QuotedFigures.in("¿cuántos representantes más que las 57 personas de 21 países?", ANSWER))
			.hasValueSatisfying(
					operands -> assertThat(operands).extracting(Operands.Operand::figure).containsExactly(57.0, 200.0));
		// A word of no label names no figure.
		assertThat(QuotedFigures.in("¿cuántos periodistas más que las 57 personas de 21 países?", ANSWER)).isEmpty();
	}

	@Test
	void aQualifierQuotedRightAfterTheLabelOfTheFigureItQualifiesIsPartOfThatFiguresName() {
		assertThat(QuotedFigures
			.quotesOnlyQualifiersOfNamed("cuantos representantes mas que personas de los 21 paises?", ANSWER)).isTrue();
		// Compared with the qualifier itself, or quoting a figure: operands of their own.
		assertThat(QuotedFigures.quotesOnlyQualifiersOfNamed("cuantas personas mas que los 21 paises?", ANSWER))
			.isFalse();
		assertThat(QuotedFigures.quotesOnlyQualifiersOfNamed("cuantos mas que las 57 personas?", ANSWER)).isFalse();
		assertThat(QuotedFigures.quotesOnlyQualifiersOfNamed("cuantos representantes mas que personas?", ANSWER))
			.isFalse();
	}

	@Test
	void aQuotedFigureAndTheNumberQualifyingItAreWhatAnAveragePerThatNumberDivides() {
		assertThat(QuotedFigures.perQualifier("¿cuántas personas por país en promedio (las 57 de 21 países)?", ANSWER))
			.hasValueSatisfying(
					operands -> assertThat(operands).extracting(Operands.Operand::label, Operands.Operand::figure)
						.containsExactly(tuple("personas", 57.0), tuple("países", 21.0)));
		assertThat(QuotedFigures.perQualifier("¿cuántos por país en promedio entre las 57 personas?", ANSWER))
			.hasValueSatisfying(
					operands -> assertThat(operands).extracting(Operands.Operand::figure).containsExactly(57.0, 21.0));
		// 200 is qualified by no number of the answer; and a number it does not give is
		// no operand.
		assertThat(QuotedFigures.perQualifier("¿cuántos por sesión en promedio de los 200 representantes?", ANSWER))
			.isEmpty();
		assertThat(QuotedFigures.perQualifier("¿cuántas personas por país en promedio (las 57 de 30 países)?", ANSWER))
			.isEmpty();
	}

	@Test
	void aQuestionQuotingNoNumberNamesTheQualifierItAveragesOverByItsSingular() {
		assertThat(QuotedFigures.perQualifier("¿cuántas personas por país en promedio?", ANSWER)).hasValueSatisfying(
				operands -> assertThat(operands).extracting(Operands.Operand::figure).containsExactly(57.0, 21.0));
		// A noun the answer qualifies no figure with names no divisor.
		assertThat(QuotedFigures.perQualifier("¿cuántas personas por taller en promedio?", ANSWER)).isEmpty();
	}

	@Test
	void theFigureAShareIsOfIsTheOneWhoseOwnLabelWordTheQuestionUses() {
		List<Operands.Operand> given = List.of(new Operands.Operand("representantes de", 47),
				new Operands.Operand("representantes de talleres", 20));
		assertThat(QuotedFigures.namedBy("¿qué porcentaje eran de talleres?", given))
			.hasValueSatisfying(operand -> assertThat(operand.figure()).isEqualTo(20.0));
		// A word both labels have tells neither apart.
		assertThat(QuotedFigures.namedBy("¿qué porcentaje eran representantes?", given)).isEmpty();
	}

	@Test
	void theTwoFiguresAnAnswerGivesAreItsCountsNotItsDatesOrQualifiers() {
		Pattern months = Phrases.wholeWords(List.of("abril", "marzo"));
		assertThat(QuotedFigures.given(ANSWER, months)).hasValueSatisfying(
				operands -> assertThat(operands).extracting(Operands.Operand::figure).containsExactly(200.0, 57.0));
		// The day and the year of a date are no counts: one figure is left.
		assertThat(QuotedFigures.given("El 26 de abril de 2021 participaron 691 personas vía Zoom.", months)).isEmpty();
	}

	@Test
	void aSumQuotingNoNumberAddsTheTwoFiguresTheChosenAnswerGives() {
		assertThat(BundledEngine
			.ask("Sesión informativa del 25 de marzo: ¿cuántas personas en total, sumando los dos grupos?")
			.text()).contains("257");
	}

	@Test
	void aSumQuotingNoNumberNeverAddsAPartToTheFamilysWholeTheAnswerAlsoGives() {
		long group = BundledEngine.figure("group", "parliamentarians", "count");
		long whole = BundledEngine.familyTotal("group", "count");
		List<Answer> turns = BundledEngine.conversation(BundledEngine.get(), "¿cuántos parlamentarios se registraron?",
				"how many in all if I add the parliamentarians?");
		assertThat(turns.get(0).text()).contains(String.valueOf(group), String.valueOf(whole));
		assertThat(turns.get(1).text()).as(turns.get(1).trace().toString())
			.doesNotContain(String.valueOf(group + whole))
			.doesNotContain(group + ") + ");
	}

	@Test
	void aDifferenceQuotingNoNumberSetsTheAnswersTwoCountsApartWhenItNamesWhatOneCounts() {
		assertThat(BundledEngine
			.ask("En la consulta del 12 de abril, ¿cuántos representantes más de entidades regionales que de la ONU?")
			.text()).contains("27");
		// what the second number of "47 representantes de 11 entidades" counts: not the
		// answer's two counts
		assertThat(QuotedFigures.namesAQualifier("¿hubo más personas o países?", ANSWER)).isFalse();
		assertThat(QuotedFigures.namesAQualifier("¿más representantes o entidades?",
				"participaron 47 representantes de 11 entidades regionales, y 20 representantes de agencias"))
			.isTrue();
		assertThat(QuotedFigures.namesALabel("¿cuántos de diferencia?",
				List.of(new Operands.Operand("personas", 57), new Operands.Operand("representantes", 200))))
			.isFalse();
	}

	@Test
	void aFigureTheAnswerDoesNotGiveOrASingleOneComputesNothing() {
		assertThat(QuotedFigures.in("si sumo los 200 y los 60, ¿cuántos da?", ANSWER)).isEmpty();
		assertThat(QuotedFigures.in("¿y los 200 cuántos son en total?", ANSWER)).isEmpty();
	}

	@Test
	void aQuotedSumIsComputedOverTheChosenAnswersFigures() {
		assertThat(BundledEngine.ask(
				"En la sesión informativa del 25 de marzo, si sumo los 200 representantes y las 57 personas, ¿cuántos son?")
			.text()).contains("257");
	}

	@Test
	void aComputationLeavingOutAQuotedNumberLeavesItOut() {
		assertThat(QuotedFigures.leavesOut("sumando los 120 de la feria con los 80 más 15 de los talleres",
				"En total, 200: feria (120) + talleres (80)."))
			.isTrue();
	}

	@Test
	void aComputationUsingEveryQuotedNumberLeavesNoneOut() {
		assertThat(QuotedFigures.leavesOut("cuántos más en la feria (los 1200) que en los talleres (los 80)?",
				"«feria» tuvo más: 1.200 frente a 80 de «talleres», es decir, 1.120 más (1.200 − 80 = 1.120)."))
			.isFalse();
		assertThat(QuotedFigures.leavesOut("cuántos más en la feria que en los talleres?", "1.200 − 80 = 1.120"))
			.isFalse();
	}

	@Test
	void aNumberQuotedFarFromEveryFigureOfAShareIsLeftOutAndOneCloseToAFigureIsNot() {
		String share = "«prensa»: 12 de 982, es decir, el 1,2 %.";
		assertThat(QuotedFigures.leftOutFar("qué porcentaje de los 750 de la feria eran de la prensa?", share))
			.containsExactly(750L);
		assertThat(QuotedFigures.leftOutFar("qué porcentaje de los más de 980 eran de la prensa?", share)).isEmpty();
		assertThat(QuotedFigures.leftOutFar("qué porcentaje de los 982 eran de la prensa?", share)).isEmpty();
	}

}
