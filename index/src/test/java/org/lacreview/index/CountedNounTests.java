package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.conversation;
import static org.lacreview.index.BundledEngine.why;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Localized;

/**
 * Issue 13, item 1: which family a count counts ({@link OperationReader}). The first
 * family noun after the count's phrase is the one counted; a noun inside the name of one
 * value ("day 3") counts nothing; a count of a family named by one name of several of its
 * values counts those. Expected figures are the bundled corpus's.
 */
class CountedNounTests {

	@Test
	void aFamilyNounInsideAValuesNameIsNoCountOfThatFamily() {
		// "how many fewer … day" read as a count of days at the session start, and the
		// two days' figures were given with no difference.
		long day2 = BundledEngine.figure("day", "apr27", "zoom");
		long day3 = BundledEngine.figure("day", "apr28", "zoom");
		Answer answer = ask("how many fewer on zoom day 3 vs day 2");
		assertThat(answer.text()).as(why(answer)).contains(String.valueOf(day2 - day3));
	}

	@Test
	void aNounAfterADistributiveWordIsWhatTheFigureIsAskedPerNotWhatIsCounted() {
		// "each" is a distributive word of languages/en.yml: each day's figure is
		// asked, not how many days there were.
		Answer answer = ask("How many on Zoom each day?");
		assertThat(answer.answered()).as(why(answer)).isTrue();
		BundledEngine.inDocument("day")
			.forEach(day -> assertThat(answer.text()).as(why(answer))
				.contains(String.valueOf(((Number) day.attributes().get("zoom")).longValue())));
	}

	@Test
	void theFirstNounAfterTheCountIsTheFamilyCounted() {
		// "días de mesas redondas": days, said first, not areas (whose noun "mesas
		// redondas" came first in the alphabet of family names at the session start: 5).
		long roundTableDays = BundledEngine.inDocument("day")
			.stream()
			.filter(v -> v.names().get("es").contains("días de mesas redondas"))
			.count();
		Answer answer = ask("¿cuántos días de mesas redondas hubo?");
		assertThat(answer.answered()).as(why(answer)).isTrue();
		assertThat(answer.text()).as(why(answer))
			.containsPattern("\\b" + roundTableDays + "\\b")
			.doesNotContainPattern("\\b" + BundledEngine.inDocument("area").size() + "\\b");
	}

	@Test
	void aPluralOfItsOwnBeforeTheFamilyNounAndAVerbAfterIsWhatIsCounted() {
		// "cuántos representantes tuvo la sesión" counted days ("sesión" is a day
		// noun), so the count kept the last answer's dates instead of asking the
		// participants of the event named.
		List<Answer> answers = conversation(BundledEngine.get(), "¿Cuándo fueron los seminarios web?",
				"y cuántos representantes tuvo la sesión informativa?");
		Answer second = answers.get(1);
		assertThat(second.intent()).as(why(second)).isEqualTo("event_participants");
		String participants = ((Localized) BundledEngine.value("event", "briefing").attributes().get("participants"))
			.in("es", List.of())
			.orElseThrow();
		assertThat(second.text()).as(why(second)).contains(participants);
	}

	@Test
	void aPluralBeforeAStopWordVerbAndTheFamilyNounIsWhatIsCounted() {
		// "quantos inscritos tinham os grupos de…" counted the groups: "tinham" is a stop
		// word, so the plural seemed to qualify the noun as "tipos de" does, and the sum
		// asked ("juntos") gave way to that count.
		long academia = BundledEngine.figure("group", "academia", "count");
		long diasporas = BundledEngine.figure("group", "diasporas", "count");
		Answer answer = ask("Quantos inscritos tinham os grupos de academia e diásporas juntos?");
		assertThat(answer.text()).as(why(answer)).contains(String.valueOf(academia + diasporas));
	}

}
