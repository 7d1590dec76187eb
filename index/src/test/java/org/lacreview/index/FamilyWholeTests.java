package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.EntityValue;

/**
 * A family's whole ({@code whole:} of its entity file) set against another family's
 * figure: "¿cuántos registrados más que espectadores de YouTube?". Figures come from the
 * bundled corpus.
 */
class FamilyWholeTests {

	private static final AnswerEngine engine = BundledEngine.get();

	private static final String QUESTION = "¿Cuántos registrados más que espectadores de YouTube hubo?";

	@TempDir
	Path dir;

	private static long registered() {
		return BundledEngine.inDocument("group")
			.stream()
			.mapToLong(v -> ((Number) v.attributes().get("count")).longValue())
			.sum();
	}

	private static long youtube() {
		EntityValue value = engine.corpus().family("platform").orElseThrow().value("youtube").orElseThrow();
		return ((Number) value.attributes().get("people")).longValue();
	}

	@Test
	void aPreambleNamingAFamilysWholeIsTheWholeOfTheShareAskedAfterIt() {
		Answer asked = ask(engine, "¿Qué porcentaje de los registrados siguió por YouTube?");
		assertThat(asked.answered()).isTrue();
		assertThat(asked.text()).contains(String.valueOf(registered()));
		Answer answer = ask(engine, "Respecto a los registrados, ¿qué porcentaje siguió por YouTube?");
		assertThat(answer.text()).as(answer.trace().toString()).isEqualTo(asked.text());
	}

	@Test
	void anAverageNamingOnlyAFamilysWholeIsOverThatFamilysValuesWhicheverIntentRanksFirst() {
		// The total's intent (one figure, no slot) ranks first for this wording.
		Answer answer = ask(engine, "Em média, quantas pessoas se registraram por categoria de participante?");
		assertThat(answer.trace().intents().get(0).name()).isEqualTo("registered_total");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		long groups = BundledEngine.inDocument("group").size();
		assertThat(answer.text()).contains(registered() + " ÷ " + groups);
	}

	@Test
	void theWholeOfAFamilyIsComparedWithAnotherFamilysFigure() {
		Answer answer = ask(engine, QUESTION);
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(registered() + " − " + youtube() + " = " + (registered() - youtube()));
	}

	@Test
	void theWholeIsNamedByAnInflectionOfItsWordsTheAnalyzerReadsAlike() {
		// "registradas": no name of the whole as written, "se registraron" as analysed.
		Answer answer = ask(engine, "cuantas personas registradas mas que las que vieron x youtube?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(registered() + " − " + youtube() + " = " + (registered() - youtube()));
	}

	@Test
	void aShareOfTheWholeTheQuestionNamesIsOverThatWholeNotOverTheSlotsFamily() {
		EntityValue day = engine.corpus().family("day").orElseThrow().value("apr26").orElseThrow();
		long zoom = ((Number) day.attributes().get("zoom")).longValue();
		String share = BigDecimal.valueOf(100.0 * zoom / registered())
			.setScale(1, RoundingMode.HALF_UP)
			.toPlainString();
		Answer answer = ask(engine,
				"What fraction of the registered people showed up on Zoom on April 26, as a percentage?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(share + "%")
			.contains(String.valueOf(registered()));
	}

	@Test
	void aTotalOfRegistrationsIsTheWholeItselfNeverTheWholeAddedToAnotherFigure() {
		Answer answer = ask(engine, "¿cuántas personas en total se registraron para la reunión regional de revisión?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(String.valueOf(registered()))
			.doesNotContain(String.valueOf(2 * registered()));
	}

	private static long webinars() {
		EntityValue value = engine.corpus().family("event").orElseThrow().value("webinars").orElseThrow();
		return ((Number) value.attributes().get("count")).longValue();
	}

	@Test
	void aSumAddsTheWholeToTheValueItIsJoinedTo() {
		Answer answer = ask(engine,
				"Si sumo los participantes de los seminarios web y los registrados de la reunión, ¿cuánto da?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(String.valueOf(registered() + webinars()));
	}

	@Test
	void aTotalSaidOfAValueNotJoinedToTheWholeAddsNothing() {
		// "registrados en total … en los seminarios web": the webinars' own figure is
		// asked, not the webinars added to every registration.
		Answer answer = ask(engine, "¿Cuántos registrados en total hubo en los seminarios web?");
		assertThat(answer.text()).as(answer.trace().toString())
			.doesNotContain(String.valueOf(registered() + webinars()));
	}

	@Test
	void withoutAWholeInTheCorpusTheSameQuestionComputesNothing() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("entities/group.yml"), "\nwhole:\n", "\nwhole_unused:\n");
		AnswerEngine without = AnswerEngine.build(CorpusLoader.load(copy));
		Answer answer = without.answer(QUESTION).answer();
		assertThat(answer.text()).as(answer.trace().toString())
			.doesNotContain(String.valueOf(registered() - youtube()));
	}

}
