package org.lacreview.index.corpus;

import java.io.StringReader;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes one corpus YAML text into a {@link YamlNode} tree with the limits an uploaded
 * file needs, since a corpus comes from staff uploads and is built beside the live bot:
 * no aliases (one long text reused by {@code *name} hundreds of times once filled the
 * heap), at most {@link #MAX_NESTING} levels, {@link #MAX_CODE_POINTS} characters a file
 * and {@link #MAX_SCALAR} a text. Every refusal is a {@link CorpusException} with the
 * file and line, never a bare SnakeYAML exception.
 */
final class CorpusYaml {

	/**
	 * Characters in one YAML file; a corpus file is a few kilobytes, an upload allows 2
	 * MB a file.
	 */
	static final int MAX_CODE_POINTS = 2 * 1024 * 1024;

	/** Characters in one YAML text (the longest is a block of examples). */
	static final int MAX_SCALAR = 100_000;

	/** Levels of lists and mappings; a corpus file uses at most five. */
	static final int MAX_NESTING = 20;

	private CorpusYaml() {
	}

	/**
	 * The single document in {@code text}, or {@code null} when it has none.
	 * @param file the file's name in the corpus, for messages
	 * @param what what the text is, for a syntax error ("YAML syntax" + what)
	 * @throws CorpusException naming the file and line of the first problem
	 */
	static YamlNode compose(String file, String text, String what) {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(MAX_CODE_POINTS);
		options.setNestingDepthLimit(MAX_NESTING);
		// Aliases are refused below as they are read; this stops collection aliases even
		// if that ever changes.
		options.setMaxAliasesForCollections(0);
		options.setAllowRecursiveKeys(false);
		Checked parser = new Checked(new ParserImpl(new StreamReader(new StringReader(text)), options), file);
		try {
			Node node = new Composer(parser, new Resolver(), options).getSingleNode();
			return node == null ? null : new YamlNode(file, node);
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : parser.line;
			throw new CorpusException(new Location(file, line), "YAML syntax" + what + ": " + ex.getProblem());
		}
		catch (YAMLException ex) {
			// The limits (nesting, size) throw without a mark: name the line of the last
			// event read.
			throw new CorpusException(new Location(file, parser.line), "YAML: " + ex.getMessage());
		}
	}

	/**
	 * SnakeYAML's parser, refusing aliases and over-long texts as their events are read,
	 * before any node exists.
	 */
	private static final class Checked implements Parser {

		private final Parser parser;

		private final String file;

		/**
		 * Line of the last event read, 1-based, for errors SnakeYAML throws without a
		 * mark.
		 */
		int line = 1;

		Checked(Parser parser, String file) {
			this.parser = parser;
			this.file = file;
		}

		@Override
		public boolean checkEvent(Event.ID choice) {
			return parser.checkEvent(choice);
		}

		@Override
		public Event peekEvent() {
			return check(parser.peekEvent());
		}

		@Override
		public Event getEvent() {
			return check(parser.getEvent());
		}

		private Event check(Event event) {
			if (event == null) {
				return null;
			}
			Mark start = event.getStartMark();
			if (start != null) {
				line = start.getLine() + 1;
			}
			if (event instanceof AliasEvent) {
				throw new CorpusException(new Location(file, line),
						"YAML aliases (*name) are not allowed in a corpus; write the text out where it is used");
			}
			if (event instanceof ScalarEvent scalar && scalar.getValue().length() > MAX_SCALAR) {
				throw new CorpusException(new Location(file, line),
						"a text longer than " + MAX_SCALAR + " characters; split it or shorten it");
			}
			return event;
		}

	}

}
