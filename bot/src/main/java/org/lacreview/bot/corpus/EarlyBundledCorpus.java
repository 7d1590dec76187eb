package org.lacreview.bot.corpus;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts building the bundled corpus as soon as the app's settings are known, on its own
 * thread, while Spring wires everything else and migrates the database: building the
 * index and the intent model is the longest step of a start, and it needs neither. The
 * start-up then uses the result when the live version is the bundled corpus (always on a
 * first start), and drops it otherwise.
 */
public class EarlyBundledCorpus implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN = "earlyBundledCorpus";

	private static final Logger log = LoggerFactory.getLogger(EarlyBundledCorpus.class);

	/**
	 * A build under way, of the corpus at {@code path}, loading a kept intent model or
	 * keeping the one it trains through {@code models}.
	 */
	record Build(Path path, CompletableFuture<Candidate> candidate, EarlyTrainedModels models) {

		/**
		 * The built corpus; rethrows the build's failure (a corpus error names file and
		 * line).
		 */
		Candidate get() {
			try {
				return candidate.join();
			}
			catch (CompletionException ex) {
				throw ex.getCause() instanceof RuntimeException runtime ? runtime : ex;
			}
		}
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Path path = Path.of(context.getEnvironment().getProperty("chatbot.corpus", "corpus"))
			.toAbsolutePath()
			.normalize();
		CompletableFuture<Candidate> candidate = new CompletableFuture<>();
		var environment = context.getEnvironment();
		EarlyTrainedModels models = new EarlyTrainedModels(
				new EarlyTrainedModels.Database(environment.getProperty("spring.datasource.url", ""),
						environment.getProperty("spring.datasource.username", ""),
						environment.getProperty("spring.datasource.password", "")));
		// Bound here as the context will bind them: the bundled corpus, when staff
		// changed it
		// since the build, trains as a publish would.
		PublishingSettings settings = Binder.get(environment)
			.bindOrCreate("chatbot.publishing", PublishingSettings.class);
		Thread thread = new Thread(() -> {
			try {
				long start = System.nanoTime();
				candidate.complete(new CandidateBuilder(new CorpusArchive.Limits(1, 1, 1),
						new BuildMemory(settings.buildMemory().toBytes(), Runtime.getRuntime()),
						new ShippedTrainedModels(models), settings.childTraining())
					.fromDirectory(path));
				log.info("built the bundled corpus in {} ms, beside the rest of the start-up",
						(System.nanoTime() - start) / 1_000_000);
			}
			catch (RuntimeException ex) {
				candidate.completeExceptionally(ex);
			}
		}, "corpus-early-build");
		thread.setDaemon(true);
		thread.start();
		context.getBeanFactory().registerSingleton(BEAN, new Build(path, candidate, models));
	}

}
