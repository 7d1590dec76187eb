package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.figure;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * A difference between two groups of values of one family, each added up
 * ({@link GroupedValues}). Figures come from the bundled corpus.
 */
class GroupedValuesTests {

	private static final String COMBINED = "Were there more government registrants than civil society organisations and diasporas combined?";

	@TempDir
	Path dir;

	private static long count(String id) {
		return figure("group", id, "count");
	}

	@Test
	void aValueIsSetAgainstTheSumOfTheValuesAfterTheDifferencesPhrase() {
		long sum = count("civil_society") + count("diasporas");
		long governments = count("governments");
		Answer answer = ask(COMBINED);
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(sum + " − " + governments + " = " + (sum - governments));
	}

	@Test
	void aNameOfSeveralValuesIsAGroupOfItsOwnWhateverElseTheQuestionNames() {
		long roundTables = figure("day", "apr27", "zoom") + figure("day", "apr28", "zoom");
		long opening = figure("day", "apr26", "zoom");
		Answer answer = ask("¿Cuántos más por Zoom tuvieron los días de mesas redondas juntos que el primer día?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(roundTables + " − " + opening + " = " + (roundTables - opening));
	}

	@Test
	void theSumOfSaidAfterAJoinerStartsTheSecondGroup() {
		long sum = count("academia") + count("diasporas");
		long governments = count("governments");
		Answer answer = ask(
				"¿Cuál es la diferencia entre los gobiernos registrados y la suma de academia y diásporas?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(governments + " − " + sum + " = " + (governments - sum));
	}

	@Test
	void aByHowMuchAfterAGroupedDifferenceIsThatDifferenceNotOneBetweenTwoOfItsValues() {
		long governments = count("governments");
		long academia = count("academia");
		long sum = academia + count("civil_society");
		Answer answer = ask("hubo más gobiernos que academia y osc juntas? por cuanto");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(governments + " − " + sum + " = " + (governments - sum))
			.doesNotContain(governments + " − " + academia);
	}

	@Test
	void twoNamesJoinedByAPlusWordAreOneGroup() {
		long sum = count("diasporas") + count("academia");
		long agencies = count("un_agencies");
		Answer answer = ask("¿Las diásporas más la academia superan a las agencias de la ONU? ¿por cuánto?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(agencies + " − " + sum + " = " + (agencies - sum));
	}

	@Test
	void aPlusWordThatJoinsNoNamesGroupsNothing() {
		long sum = count("academia") + count("un_agencies");
		Answer answer = ask("¿Tuvieron más registrados las diásporas que la academia y las agencias de la ONU?");
		assertThat(answer.text()).as(answer.trace().toString()).doesNotContain(String.valueOf(sum));
	}

	@Test
	void aPlusWordWhereTheSidesMeetIsTheDifferencesNotAJoin() {
		long sum = count("academia") + count("un_agencies");
		Answer answer = ask("¿Las diásporas tuvieron más que la academia y las agencias de la ONU?");
		assertThat(answer.text()).as(answer.trace().toString()).doesNotContain(String.valueOf(sum));
	}

	@Test
	void alternativesListedAndAddedUpAreOneSum() {
		long sum = count("nhris") + count("local_authorities") + count("parliamentarians");
		Answer answer = ask(
				"how many registered as human rights institutions, local authorities or parliamentarians, all together?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(String.valueOf(sum))
			.doesNotContain("had more");
	}

	@Test
	void withoutTheSumsPhraseTheValuesAreNotGrouped() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("languages/en.yml"), "together, combined, altogether", "together, altogether");
		AnswerEngine without = AnswerEngine.build(CorpusLoader.load(copy));
		long sum = count("civil_society") + count("diasporas");
		Answer answer = without.answer(COMBINED).answer();
		assertThat(answer.text()).as(answer.trace().toString()).doesNotContain(String.valueOf(sum));
	}

}
