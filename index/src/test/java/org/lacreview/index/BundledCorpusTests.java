package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.Problem;
import org.lacreview.index.golden.GoldenItem;
import org.lacreview.index.golden.GoldenReport;
import org.lacreview.index.golden.GoldenRunner;
import org.lacreview.index.golden.GoldenSet;

/**
 * The corpus the bot ships with: it loads cleanly and passes the public questions and its
 * own golden set.
 */
class BundledCorpusTests {

	/**
	 * The public evaluation set, copied into the repository so the tests run on a bare
	 * clone.
	 */
	private static final Path PUBLIC_QUESTIONS = Path.of("index/src/test/resources/eval/public-questions.jsonl");

	static AnswerEngine engine;

	@BeforeAll
	static void build() {
		engine = BundledEngine.get();
	}

	@Test
	void loadsWithoutErrorsAndCoversEveryLanguage() {
		CorpusLoader.Loaded loaded = CorpusLoader.loadWithWarnings(TestCorpora.BUNDLED);
		assertThat(loaded.warnings()).filteredOn(p -> p.severity() == Problem.Severity.ERROR).isEmpty();
		assertThat(loaded.warnings()).extracting(Problem::toString).noneMatch(w -> w.contains("in 'en'"));
		assertThat(loaded.corpus().info().languages()).containsExactly("es", "en", "pt", "fr");
	}

	@Test
	void passesThePublicQuestionsAtNinetyFivePercent() {
		List<GoldenItem> items = GoldenSet.load(PUBLIC_QUESTIONS);
		GoldenReport report = GoldenRunner.run(engine, items);
		assertThat(items).hasSizeGreaterThanOrEqualTo(40);
		assertThat(report.accuracy()).as(report.format()).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void passesItsOwnGoldenSet() {
		List<GoldenItem> items = GoldenSet.load(TestCorpora.BUNDLED.resolve("golden"));
		GoldenReport report = GoldenRunner.run(engine, items);
		assertThat(items).hasSizeGreaterThanOrEqualTo(300);
		assertThat(report.accuracy()).as(report.format()).isGreaterThanOrEqualTo(0.90);
	}

}
