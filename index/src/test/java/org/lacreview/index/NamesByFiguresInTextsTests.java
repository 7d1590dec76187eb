package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.figure;
import static org.lacreview.index.BundledEngine.value;
import static org.lacreview.index.BundledEngine.why;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.EntityExtractor;

/**
 * A list name ({@code list_names}) also holds anywhere in a question naming a value whose
 * texts give the named value a figure: "ONU" beside the consultation whose text counts
 * the UN agencies' representatives is that group there. In a difference with a third
 * value, that figure is added to the consultation's own ({@link Operands#withinMerged}).
 * Figures come from the bundled corpus; the one within the consultation from its text
 * ({@link FiguresInTexts}).
 */
class NamesByFiguresInTextsTests {

	private static long within() {
		EntityValue consultation = value("event", "regional_consultations");
		EntityValue agencies = value("group", "un_agencies");
		return new FiguresInTexts(BundledEngine.get().corpus()).inTextsOf(consultation, agencies)
			.orElseThrow()
			.longValue();
	}

	@Test
	void aListNameBesideAnEventWhoseTextCountsItIsAddedToASum() {
		long webinars = figure("event", "webinars", "count");
		long consultation = figure("event", "regional_consultations", "count");
		Answer answer = ask(
				"suma los participantes de los seminarios web y los de la consulta del 12 de abril (entidades + ONU)");
		assertThat(answer.text()).as(why(answer)).contains("En total, " + (webinars + consultation + within()));
	}

	@Test
	void inADifferenceWithAThirdValueTheFigureWithinIsAddedToItsEvent() {
		long webinars = figure("event", "webinars", "count");
		long consultation = figure("event", "regional_consultations", "count");
		long both = consultation + within();
		Answer answer = ask(
				"¿Cuántas personas más en los seminarios web que en la consulta del 12 de abril, contando a la ONU?");
		assertThat(answer.text()).as(why(answer))
			.contains("(" + consultation + " + " + within() + ")")
			.contains(webinars + " − " + both + " = " + (webinars - both));
	}

	@Test
	void setAgainstItsEventTheFigureWithinStaysApart() {
		long consultation = figure("event", "regional_consultations", "count");
		Answer answer = ask("el 12 de abril, ¿cuántos más de entidades regionales que de la ONU?");
		assertThat(answer.text()).as(why(answer))
			.contains(consultation + " − " + within() + " = " + (consultation - within()));
	}

	@Test
	void withoutSuchAnEventTheWordNamesNoGroup() {
		Answer answer = ask("¿Participó algún relator de la ONU?");
		assertThat(answer.trace().entities()).as(why(answer)).noneMatch(e -> e.contains("un_agencies"));
	}

	@Test
	void anExampleIsReadWithoutNamesByFigures() {
		EntityExtractor extractor = new EntityExtractor(BundledEngine.get().corpus(),
				(other, named) -> other.id().equals("regional_consultations") && named.id().equals("un_agencies"));
		String text = "¿Cuántos representantes de la ONU hubo en la consulta del 12 de abril?";
		assertThat(extractor.extract(text, "es").masked()).contains("ent_group");
		assertThat(extractor.extractExample(text, "es").masked()).doesNotContain("ent_group");
	}

}
