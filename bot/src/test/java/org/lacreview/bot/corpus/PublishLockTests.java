package org.lacreview.bot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lacreview.bot.chat.LiveEngine;
import org.lacreview.index.TrainedModels;

/**
 * Building and testing an upload is work its author controls (its size, its golden
 * patterns): a publish must not hold the publisher's lock while it runs, so that a
 * rollback, or another publish, is not held up by it.
 */
class PublishLockTests {

	private static Candidate bundled;

	@BeforeAll
	static void buildTheBundledCorpusOnce() {
		Candidate built = new CandidateBuilder(new CorpusArchive.Limits(1, 1, 1),
				new BuildMemory(0, Runtime.getRuntime()), TrainedModels.none(), ChildTraining.off())
			.fromDirectory(Path.of("corpus"));
		// Without its golden tests: running them is not what this test is about.
		bundled = new Candidate(built.corpus(), built.engine(), List.of(), built.archive(), built.sha256(), List.of());
	}

	/**
	 * Builds every upload as the bundled corpus, once the test lets it; rebuilds stored
	 * versions at once.
	 */
	private static final class HeldBuilder extends CandidateBuilder {

		final CountDownLatch building = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		HeldBuilder() {
			super(new CorpusArchive.Limits(1, 1, 1), new BuildMemory(0, Runtime.getRuntime()), TrainedModels.none(),
					ChildTraining.off());
		}

		@Override
		Candidate fromUpload(byte[] zip) {
			building.countDown();
			try {
				release.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return bundled;
		}

		@Override
		Candidate fromZip(byte[] zip) {
			return bundled;
		}

	}

	private static CorpusVersions.NewVersion version(String note) {
		return new CorpusVersions.NewVersion("test", note, new byte[] { 1 }, "sha", 1, 2, 3, List.of("es"),
				Optional.empty());
	}

	@Test
	void aRollbackFinishesWhileAnUploadIsStillBeingBuiltAndTheUploadIsPublishedAfter() throws Exception {
		CorpusVersions versions = InMemoryVersions.create("lock");
		long first = versions.publish(version("first"), Instant.now()).id();
		long second = versions.publish(version("second"), Instant.now()).id();
		HeldBuilder builder = new HeldBuilder();
		LiveEngine live = new LiveEngine(bundled.engine(), second);
		CorpusPublisher publisher = new CorpusPublisher(versions, builder, live, Clock.systemUTC());

		CompletableFuture<CorpusPublisher.Published> publishing = CompletableFuture
			.supplyAsync(() -> publisher.publish(new byte[] { 1 }, "slow", true));
		try {
			assertThat(builder.building.await(60, TimeUnit.SECONDS)).isTrue();
			// Bounded so that a regression fails instead of hanging; the publish is held
			// until released below.
			CorpusVersion rolledBack = CompletableFuture.supplyAsync(() -> publisher.rollback(Optional.empty(), "test"))
				.get(60, TimeUnit.SECONDS);
			assertThat(rolledBack.id()).isEqualTo(first);
			assertThat(live.version()).isEqualTo(first);
		}
		finally {
			builder.release.countDown();
		}
		long published = publishing.get(120, TimeUnit.SECONDS).version().id();
		assertThat(published).isGreaterThan(second);
		assertThat(live.version()).isEqualTo(published);
	}

}
