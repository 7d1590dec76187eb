package org.lacreview.bot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lacreview.bot.chat.LiveEngine;
import org.lacreview.bot.support.TestCorpora;
import org.lacreview.index.TrainedModels;

/**
 * The bundled corpus's golden score, measured by the build ({@code ship-golden-score} in
 * {@code bot/pom.xml}) and recorded at a first start instead of measured again.
 */
class ShippedGoldenScoresTests {

	private static Candidate bundled;

	@BeforeAll
	static void buildTheBundledCorpusAsAStartDoes() {
		bundled = new CandidateBuilder(new CorpusArchive.Limits(1, 1, 1), new BuildMemory(0, Runtime.getRuntime()),
				new ShippedTrainedModels(TrainedModels.none()), ChildTraining.off())
			.fromDirectory(Path.of("corpus"));
	}

	@Test
	void theScoreShippedForTheBundledCorpusIsTheOneItsGoldenTestsGive() {
		Optional<CorpusVersion.GoldenScore> shipped = ShippedGoldenScores.find(bundled.sha256());

		assertThat(shipped).isPresent();
		assertThat(shipped).isEqualTo(Candidate.score(bundled.runGolden()));
	}

	@Test
	void aCorpusTheBuildDidNotMeasureHasNoShippedScore() {
		String other = CandidateBuilder.sha256(CorpusArchive.zip(TestCorpora.MINI));

		assertThat(ShippedGoldenScores.find(other)).isEmpty();
	}

	@Test
	void aFirstStartRecordsTheShippedScoreWithoutBuildingTheVersionAgain() {
		CorpusVersions versions = InMemoryVersions.create("shipped");
		long id = versions
			.publish(new CorpusVersions.NewVersion("bundled", "first start", bundled.archive(), bundled.sha256(), 1, 2,
					3, List.of("es"), Optional.empty()), Instant.now())
			.id();
		CandidateBuilder noRebuild = new CandidateBuilder(new CorpusArchive.Limits(1, 1, 1),
				new BuildMemory(0, Runtime.getRuntime()), TrainedModels.none(), ChildTraining.off()) {
			@Override
			Candidate fromZip(byte[] zip) {
				throw new AssertionError("the version was built again to measure its golden score");
			}
		};
		CorpusPublisher publisher = new CorpusPublisher(versions, noRebuild, new LiveEngine(bundled.engine(), id),
				Clock.systemUTC());

		Optional<CorpusVersion.GoldenScore> score = publisher.measureLiveGolden();

		assertThat(score).isEqualTo(ShippedGoldenScores.find(bundled.sha256())).isPresent();
		assertThat(versions.find(id).flatMap(CorpusVersion::golden)).isEqualTo(score);
	}

}
