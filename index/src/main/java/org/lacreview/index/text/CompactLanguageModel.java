package org.lacreview.index.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;

/**
 * OpenNLP's language-detection model ({@code langdetect-183.bin} of
 * opennlp-models-langdetect) with its parameters kept compact
 * ({@link CompactMaxentModel}), and the file the build writes it to so that a start reads
 * it instead of parsing OpenNLP's model: reading and compacting that took about 0.9 s of
 * CPU, a tenth of a start's (issue 15). The index module's build runs {@link #main} after
 * compiling ({@code index/pom.xml}); without the file (a run from an IDE's classes) the
 * model is read from OpenNLP's and compacted.
 */
public final class CompactLanguageModel {

	private static final String MODEL_RESOURCE = "/langdetect-183.bin";

	/** Where the build puts the compact model on the class path. */
	static final String COMPACT_RESOURCE = "/langdetect-compact.bin";

	private CompactLanguageModel() {
	}

	/**
	 * Writes the compact model to the file {@code args[0]}, creating its directory.
	 * @throws IOException when it cannot be written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			throw new IllegalArgumentException("usage: CompactLanguageModel <file>");
		}
		Path file = Path.of(args[0]);
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, fromOpenNlp().toBytes());
	}

	/** The compact model the build wrote, or, without it, OpenNLP's compacted. */
	static LanguageDetectorModel read() {
		try (InputStream in = CompactLanguageModel.class.getResourceAsStream(COMPACT_RESOURCE)) {
			CompactMaxentModel model = in == null ? fromOpenNlp() : CompactMaxentModel.fromBytes(in.readAllBytes());
			// OpenNLP's model names no factory of its own: the default one generates its
			// contexts (character 1- to 3-grams of the normalised text).
			return new LanguageDetectorModel(model, Map.of(), new LanguageDetectorFactory());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** OpenNLP's model, compacted. */
	static CompactMaxentModel fromOpenNlp() {
		try (InputStream in = CompactLanguageModel.class.getResourceAsStream(MODEL_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(
						"OpenNLP language model " + MODEL_RESOURCE + " is not on the classpath");
			}
			return CompactMaxentModel.of((AbstractModel) new LanguageDetectorModel(in).getMaxentModel());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
