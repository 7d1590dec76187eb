package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.lacreview.index.golden.GoldenItem;
import org.lacreview.index.golden.GoldenSet;

/**
 * One engine serves many threads at once, as the web server does, and answers each as if
 * it were alone.
 */
class ConcurrentAnswersTests {

	@Test
	void answersFromFourThreadsAtOnceEqualTheAnswersOfOne() throws Exception {
		AnswerEngine engine = BundledEngine.get();
		List<String> questions = new ArrayList<>();
		for (GoldenItem item : GoldenSet.load(TestCorpora.BUNDLED.resolve("golden"))) {
			item.turns().forEach(turn -> questions.add(turn.question()));
		}
		List<String> alone = questions.stream().map(q -> engine.answer(q).answer().text()).toList();
		ExecutorService pool = Executors.newFixedThreadPool(4, task -> new Thread(task, "concurrent-answers"));
		try {
			List<Future<List<String>>> runs = new ArrayList<>();
			for (int run = 0; run < 4; run++) {
				runs.add(pool.submit(() -> questions.stream().map(q -> engine.answer(q).answer().text()).toList()));
			}
			for (Future<List<String>> run : runs) {
				assertThat(run.get()).isEqualTo(alone);
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
