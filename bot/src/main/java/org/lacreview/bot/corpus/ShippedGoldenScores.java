package org.lacreview.bot.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.lacreview.index.TrainedModels;

/**
 * The bundled corpus's golden score, measured while the bot is built and shipped in the
 * jar as {@code golden-scores/<sha256>.txt} ("passed total"), where {@code sha256} is
 * that of the corpus's normalised archive ({@link CorpusArchive#zip}), the key a version
 * is stored with. A first start on the bundled corpus records it instead of building the
 * corpus a second time and running its golden tests while the first visitors are served
 * (half a minute of a core on two). Any other corpus, or a bundled one edited after the
 * build, has another key and is measured as before. The build runs the same code on the
 * same archive as a start would, and answers are deterministic, so the score is the one a
 * start would measure.
 * <p>
 * {@link #main} is the build step ({@code bot/pom.xml}, {@code ship-golden-score}):
 * {@code ShippedGoldenScores <corpus-dir> <out-dir>}.
 */
public final class ShippedGoldenScores {

	private static final String FOLDER = "golden-scores/";

	private ShippedGoldenScores() {
	}

	/** The score shipped for the archive {@code sha256}; empty when none was. */
	static Optional<CorpusVersion.GoldenScore> find(String sha256) {
		try (InputStream in = ShippedGoldenScores.class.getClassLoader()
			.getResourceAsStream(FOLDER + sha256 + ".txt")) {
			if (in == null) {
				return Optional.empty();
			}
			String[] passedTotal = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip().split(" ");
			return Optional
				.of(new CorpusVersion.GoldenScore(Integer.parseInt(passedTotal[0]), Integer.parseInt(passedTotal[1])));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Builds the corpus in {@code args[0]} as a start builds it (loading the intent model
	 * shipped beside, when there is one), runs its golden tests and writes the score to
	 * {@code args[1]/<sha256>.txt}; writes nothing for a corpus without golden tests.
	 * @throws IOException when the file cannot be written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			throw new IllegalArgumentException("usage: ShippedGoldenScores <corpus-dir> <out-dir>");
		}
		Candidate candidate = new CandidateBuilder(new CorpusArchive.Limits(1, 1, 1),
				new BuildMemory(0, Runtime.getRuntime()), new ShippedTrainedModels(TrainedModels.none()),
				ChildTraining.off())
			.fromDirectory(Path.of(args[0]));
		Optional<CorpusVersion.GoldenScore> score = Candidate.score(candidate.runGolden());
		if (score.isPresent()) {
			Path out = Path.of(args[1]);
			Files.createDirectories(out);
			Files.writeString(out.resolve(candidate.sha256() + ".txt"),
					score.get().passed() + " " + score.get().total() + "\n", StandardCharsets.US_ASCII);
			System.out.println("golden score " + score.get().passed() + "/" + score.get().total() + " kept in " + out);
		}
	}

}
