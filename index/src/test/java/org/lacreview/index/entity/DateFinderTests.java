package org.lacreview.index.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.TestCorpora;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.EntityValue;

/**
 * Dates as people write them, in the bundled corpus's four languages (its meeting days
 * are 26–28 April 2021).
 */
class DateFinderTests {

	private static final EntityExtractor BUNDLED = new EntityExtractor(CorpusLoader.load(TestCorpora.BUNDLED));

	@TempDir
	Path dir;

	/**
	 * The values of the date mentions of a question, "?" for a date that selects nothing.
	 */
	private static List<String> dates(EntityExtractor extractor, String question, String language,
			Map<String, List<String>> remembered) {
		return extractor.extract(question, language, remembered)
			.mentions()
			.stream()
			.filter(m -> m.tag().equals(EntityExtractor.DATE))
			.flatMap(m -> m.values().isEmpty() ? Stream.of("?") : m.values().stream().map(EntityValue::id))
			.toList();
	}

	private static List<String> dates(String question, String language) {
		return dates(BUNDLED, question, language, Map.of());
	}

	@Test
	void numericDatesKeepDayMonthAndYear() {
		assertThat(dates("¿Cuántos por Zoom el 27/4?", "es")).containsExactly("apr27");
		assertThat(dates("¿Cuántos por Zoom el 26/04?", "es")).containsExactly("apr26");
		assertThat(dates("¿Cuántos por Zoom el 26/4/2021?", "es")).containsExactly("apr26");
		assertThat(dates("¿Cuántos por Zoom el 28/4/21?", "es")).containsExactly("apr28");
		assertThat(dates("Zoom on 2021-04-26?", "en")).containsExactly("apr26");
		assertThat(dates("¿Cuántos por Zoom el 26.04.?", "es")).containsExactly("apr26");
		assertThat(dates("¿Cuántos por Zoom el 26-4?", "es")).containsExactly("apr26");
		assertThat(dates("Combien sur Zoom le 27.04.2021 ?", "fr")).containsExactly("apr27");
	}

	@Test
	void aNumericDateOnAnotherMonthOrYearSelectsNothing() {
		assertThat(dates("¿Cuántos se conectaron por Zoom el 26/05?", "es")).containsExactly("?");
		assertThat(dates("¿Cuántos se conectaron por Zoom el 28/12/2021?", "es")).containsExactly("?");
		assertThat(dates("¿Cuántos por Zoom el 26/4/2020?", "es")).containsExactly("?");
		assertThat(dates("¿Cuántos por Zoom el 2020-04-26?", "es")).containsExactly("?");
		// "dia 27" is also the day's own name: the whole date, longer, is what counts.
		assertThat(dates("quantos no zoom dia 27/05?", "pt")).containsExactly("?");
		assertThat(dates("¿cuántos en Zoom el día 27/05?", "es")).containsExactly("?");
		assertThat(dates("quantos no zoom dia 27/04?", "pt")).containsExactly("apr27");
	}

	@Test
	void monthFirstOnlyInALanguageThatWritesItAndOnlyWhenUnambiguous() {
		assertThat(dates("How many joined on Zoom on 4/26?", "en")).containsExactly("apr26");
		assertThat(dates("How many joined on Zoom on 4/26/2021?", "en")).containsExactly("apr26");
		// A first number over 12 is a day in any language.
		assertThat(dates("How many joined on Zoom on 26/4?", "en")).containsExactly("apr26");
		// Spanish writes the day first: "4/26" is no date there.
		assertThat(dates("¿Cuántos por Zoom el 4/26?", "es")).doesNotContain("apr26");
		// "12/4" is the 12th of April in Spanish; in English it could be that or the 4th
		// of December.
		assertThat(dates("¿Qué pasó el 12/4?", "es")).containsExactly("regional_consultations");
		assertThat(dates("What happened on 12/4?", "en")).containsExactly("?");
		assertThat(dates("What happened on 4/12?", "en")).containsExactly("?");
	}

	@Test
	void aNumberAfterADayCueThatCannotBeADayIsNoDate() {
		assertThat(dates("On average how many people per country among the 57?", "en")).isEmpty();
		assertThat(dates("¿cuántos por país entre los 57?", "es")).isEmpty();
		assertThat(dates("¿Y el 27?", "es")).containsExactly("apr27");
	}

	@Test
	void rangesOfDays() {
		assertThat(dates("¿Cuántos por Zoom del 26 al 27 de abril?", "es")).containsExactly("apr26", "apr27");
		assertThat(dates("How many on Zoom from April 27 to 28?", "en")).containsExactly("apr27", "apr28");
		assertThat(dates("How many on Zoom on April 26-27, 2021?", "en")).containsExactly("apr26", "apr27");
		assertThat(dates("Combien sur Zoom du 27 au 28 avril ?", "fr")).containsExactly("apr27", "apr28");
	}

	@Test
	void aRangeWithNoMonthIsADateOnlyWhereSomethingDatedStartsAndEnds() {
		assertThat(dates("¿Y del 13 al 15?", "es")).containsExactly("civil_society_consultations");
		assertThat(dates("o que houve de 13 a 15?", "pt")).containsExactly("civil_society_consultations");
		assertThat(dates("entre el 13 y el 15 qué pasó", "es")).containsExactly("civil_society_consultations");
		// The six webinars ran for months: a range of three days inside them is not
		// theirs.
		assertThat(dates("What happened from the 26th to the 28th?", "en")).containsExactly("apr26", "apr27", "apr28",
				"review_meeting");
		// Nothing dated starts on the 10th: no date.
		assertThat(dates("¿cuántos eran de 10 a 20 personas?", "es")).isEmpty();
	}

	@Test
	void aWordThatAlsoJoinsPartsMakesARangeOnlyAfterAnOpener() {
		assertThat(dates("Combien sur Zoom le 26 et le 28 avril ?", "fr")).containsExactly("apr26", "apr28");
		assertThat(dates("How many on Zoom on April 26 and 28?", "en")).containsExactly("apr26", "apr28");
		assertThat(dates("¿Cuántos por Zoom el 26 y el 28 de abril?", "es")).containsExactly("apr26", "apr28");
		assertThat(dates("¿Cuántos por Zoom entre el 26 y el 28 de abril?", "es")).containsExactly("apr26", "apr27",
				"apr28", "review_meeting");
		assertThat(dates("How many on Zoom between April 26 and 28?", "en")).containsExactly("apr26", "apr27", "apr28",
				"review_meeting");
	}

	@Test
	void withoutOpenersEveryRangeWordMakesARange() throws IOException {
		Path corpus = TestCorpora.copy(TestCorpora.BUNDLED, dir);
		TestCorpora.replace(corpus.resolve("languages/es.yml"), "range_openers: [entre]", "range_openers: []");
		EntityExtractor extractor = new EntityExtractor(CorpusLoader.load(corpus));
		assertThat(dates(extractor, "¿Cuántos por Zoom el 26 y el 28 de abril?", "es", Map.of()))
			.containsExactly("apr26", "apr27", "apr28", "review_meeting");
	}

	@Test
	void aDayInWordsNeedsADayCueOfTheQuestionsLanguage() {
		// "o" is a Portuguese day cue and the Spanish "or".
		assertThat(dates("¿cuántos estados participaron? si eran como veinte o treinta", "es")).isEmpty();
		assertThat(dates("¿Cuántos por Zoom el veintiséis?", "es")).containsExactly("apr26");
		assertThat(dates("Quantos pelo Zoom o vinte e sete?", "pt")).containsExactly("apr27");
	}

	@Test
	void abbreviatedMonths() {
		assertThat(dates("How many on Zoom on Apr 28?", "en")).containsExactly("apr28");
		assertThat(dates("How many on Zoom on Apr. 28th, 2021?", "en")).containsExactly("apr28");
		assertThat(dates("¿Cuántos por Zoom el 28 abr.?", "es")).containsExactly("apr28");
		assertThat(dates("¿Cuántos por Zoom el 27 de abr?", "es")).containsExactly("apr27");
		assertThat(dates("Combien sur Zoom le 27 avr. ?", "fr")).containsExactly("apr27");
		assertThat(dates("Quantos pelo Zoom em 26 abr?", "pt")).containsExactly("apr26");
	}

	@Test
	void daysWrittenInWords() {
		assertThat(dates("¿Cuántos por Zoom el veintiséis de abril?", "es")).containsExactly("apr26");
		assertThat(dates("How many on Zoom on the twenty-seventh of April?", "en")).containsExactly("apr27");
		assertThat(dates("How many on Zoom on the twenty seventh of April?", "en")).containsExactly("apr27");
		assertThat(dates("Combien sur Zoom le vingt-six avril ?", "fr")).containsExactly("apr26");
		assertThat(dates("Quantos pelo Zoom em vinte e seis de abril?", "pt")).containsExactly("apr26");
	}

	@Test
	void aDayFromTenUpInWordsIsADayEvenWithNoMonth() {
		assertThat(dates("¿Cuántos por Zoom el día veintisiete?", "es")).containsExactly("apr27");
		assertThat(dates("Zoom participants on the twenty-sixth?", "en")).containsExactly("apr26");
		assertThat(dates("Participants Zoom le mercredi vingt-huit", "fr")).containsExactly("apr28");
		// Small numbers count things: "the one in April" is no day.
		assertThat(dates("Who opened the regional review, the one in April?", "en")).doesNotContain("apr1");
		assertThat(dates("¿Cuántos por Zoom el dos?", "es")).isEmpty();
	}

	/**
	 * "el último día" counts among the family's values (their order); "the day before"
	 * from another day.
	 */
	@Test
	void relativeDays() {
		List<String> days = Stream
			.of(BUNDLED.extract("¿Cuántos por Zoom el último día?", "es"),
					BUNDLED.extract("¿Cuántos por Zoom el primer día?", "es"),
					BUNDLED.extract("Combien sur Zoom le dernier jour ?", "fr"),
					BUNDLED.extract("Quantos pelo Zoom o segundo dia?", "pt"))
			.map(e -> e.mentionsOf("day").get(0).values().get(0).id())
			.toList();
		assertThat(days).containsExactly("apr28", "apr26", "apr28", "apr27");
		assertThat(dates("How many on Zoom the day before the last day?", "en")).containsExactly("apr27");
		assertThat(dates("¿Cuántos por Zoom el día anterior al 28 de abril?", "es")).containsExactly("apr27");
		assertThat(dates("Combien sur Zoom la veille du 28 avril ?", "fr")).containsExactly("apr27");
		assertThat(dates("Quantos pelo Zoom no dia seguinte ao primeiro dia?", "pt")).containsExactly("apr27");
		// Against the day the previous turn was about, and nothing when there is none.
		assertThat(dates(BUNDLED, "And the day before?", "en", Map.of("day", List.of("apr27"))))
			.containsExactly("apr26");
		assertThat(dates(BUNDLED, "¿y el día siguiente?", "es", Map.of("day", List.of("apr28")))).containsExactly("?");
		assertThat(dates("How many on Zoom the day before?", "en")).containsExactly("?");
		// Of something lasting several days, the day before its first day, the day after
		// its last.
		assertThat(dates(BUNDLED, "and what happened the day before?", "en",
				Map.of("event", List.of("civil_society_consultations"))))
			.containsExactly("regional_consultations");
		assertThat(dates(BUNDLED, "¿y el día siguiente?", "es", Map.of("event", List.of("regional_consultations"))))
			.containsExactly("civil_society_consultations");
	}

	@Test
	void aCorpusWithoutDatedValuesReadsNoDate() throws IOException {
		Path corpus = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		EntityExtractor dated = new EntityExtractor(CorpusLoader.load(corpus));
		assertThat(dates(dated, "How do I do the 15.04 upgrade?", "en", Map.of())).containsExactly("?");
		TestCorpora.replace(corpus.resolve("entities/day.yml"), "    date: 2021-04-26\n", "");
		TestCorpora.replace(corpus.resolve("entities/day.yml"), "    date: 2021-04-27\n", "");
		EntityExtractor undated = new EntityExtractor(CorpusLoader.load(corpus));
		assertThat(undated.extract("How do I do the 15.04 upgrade on the 3rd of May 2021?", "en").mentions()).isEmpty();
	}

}
