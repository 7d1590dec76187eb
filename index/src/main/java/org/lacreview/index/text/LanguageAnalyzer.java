package org.lacreview.index.text;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.es.SpanishPluralStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.pt.PortugueseMinimalStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.lacreview.index.corpus.LanguagePack;
import org.lacreview.index.folding.Folding;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The analysis of one language, shared by indexing and querying: the one tokenizer and
 * stemmer of the engine's words. {@link Folding}'s definition of a word's letters (its
 * input decomposed, then Lucene's {@link LowerCaseFilter} and {@link ASCIIFoldingFilter}
 * on standard tokens), applied <em>before</em> the language's elided articles are cut off
 * ({@link ElisionFilter}: "d'aires" is "aires"), stop words and synonyms (so "¿Cuándo"
 * and "cuando" are one word and the corpus's stop list decides what to drop), each
 * synonym line reduced to its first entry, then Snowball stemming. Entity placeholders
 * ({@code ent_day}) are kept as they are.
 */
public final class LanguageAnalyzer extends Analyzer {

	/** The token type of an emoji, as {@link StandardTokenizer} marks it. */
	private static final Set<String> EMOJI = Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI]);

	/** Tokens that stand for an entity mention; never stemmed. */
	public static final String ENTITY_PREFIX = "ent_";

	private static final Pattern ENTITY = Pattern.compile(ENTITY_PREFIX + ".*");

	private final String language;

	private final CharArraySet stopwords;

	private final SynonymMap synonyms;

	/** The language's elided words ("l'", "d'"), folded; empty when it elides none. */
	private final CharArraySet elisions;

	/**
	 * How many recently analysed texts each thread remembers. One question's stages
	 * analyse the same few texts (the masked question, its parts) again and again: the
	 * ranker, the retrieval in two languages, each intent's coverage; a stream each time
	 * was a tenth of an answer's time.
	 */
	private static final int RECENT_TEXTS = 16;

	/** The terms of the texts this thread analysed last, least recently used first. */
	private final ThreadLocal<Map<String, List<String>>> recent = ThreadLocal.withInitial(RecentTerms::new);

	/**
	 * Whether plurals are reduced to their singular before Snowball stems a word
	 * ({@link #pluralsFolded}).
	 */
	private final boolean pluralsFolded;

	public LanguageAnalyzer(LanguagePack pack) {
		this(pack, false);
	}

	/**
	 * @param pluralsFolded whether each word is first reduced to its singular by Lucene's
	 * minimal stemmer of the language (Spanish: {@link SpanishPluralStemFilter}) before
	 * Snowball stems it: Snowball's Spanish stemmer makes "desiguald" of "desigualdad"
	 * but "desigualdad" of "desigualdades", so a question in the singular would miss a
	 * sentence in the plural. Used for searching the answers' and the document's
	 * sentences; the classifier's features keep plain Snowball stems.
	 */
	public LanguageAnalyzer(LanguagePack pack, boolean pluralsFolded) {
		this.pluralsFolded = pluralsFolded;
		this.language = pack.code();
		this.stopwords = new CharArraySet(pack.stopwords().stream().map(Folding::fold).toList(), false);
		this.synonyms = synonymMap(pack.synonyms());
		this.elisions = new CharArraySet(pack.elisions().stream().map(Folding::fold).toList(), false);
	}

	public String language() {
		return language;
	}

	private static SynonymMap synonymMap(List<List<String>> lines) {
		try {
			SynonymMap.Builder builder = new SynonymMap.Builder(true);
			for (List<String> line : lines) {
				CharsRef canonical = phrase(line.get(0));
				for (String word : line.subList(1, line.size())) {
					CharsRef input = phrase(word);
					if (!input.equals(canonical)) {
						builder.add(input, canonical, false);
					}
				}
			}
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CharsRef phrase(String text) {
		String[] words = Folding.fold(text).strip().split("[^\\p{L}\\p{N}_]+");
		return SynonymMap.Builder.join(java.util.Arrays.stream(words).filter(w -> !w.isEmpty()).toArray(String[]::new),
				new CharsRefBuilder());
	}

	/**
	 * The first step of {@link Folding}'s definition ({@link Folding#decompose}), before
	 * the tokenizer: Unicode compatibility forms and accents split off their letters,
	 * marks and invisible characters dropped. Terms only: offsets are not kept.
	 */
	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		try {
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[1024];
			for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
				text.append(buffer, 0, read);
			}
			return new StringReader(Folding.decompose(text.toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		// An emoji ("buenas 🙂") is a token of its own to the tokenizer, a word no
		// example has: it would lower every intent's coverage.
		TokenStream stream = new TypeTokenFilter(source, EMOJI);
		stream = new LowerCaseFilter(stream);
		stream = new ASCIIFoldingFilter(stream);
		if (!elisions.isEmpty()) {
			stream = new ElisionFilter(stream, elisions);
		}
		if (synonyms.fst != null) {
			stream = new SynonymGraphFilter(stream, synonyms, true);
		}
		stream = new StopFilter(stream, stopwords);
		stream = new PatternKeywordMarkerFilter(stream, ENTITY);
		if (pluralsFolded) {
			stream = singular(stream, language);
		}
		SnowballStemmer stemmer = stemmer(language);
		if (stemmer != null) {
			stream = new SnowballFilter(stream, stemmer);
		}
		return new TokenStreamComponents(source, stream);
	}

	/**
	 * {@code stream} with each word reduced to its singular by Lucene's minimal stemmer
	 * of {@code language}; unchanged for a language without one.
	 */
	private static TokenStream singular(TokenStream stream, String language) {
		return switch (language) {
			case "es" -> new SpanishPluralStemFilter(stream);
			case "en" -> new EnglishMinimalStemFilter(stream);
			case "pt" -> new PortugueseMinimalStemFilter(stream);
			case "fr" -> new FrenchMinimalStemFilter(stream);
			default -> stream;
		};
	}

	/**
	 * Snowball has a stemmer per language; a language without one is matched on whole
	 * words. A new one each time: a Snowball stemmer keeps state between calls. Public so
	 * that the words an entity finder stems are stemmed as the index's are (one stemmer
	 * per language).
	 */
	public static SnowballStemmer stemmer(String language) {
		return switch (language) {
			case "es" -> new SpanishStemmer();
			case "en" -> new EnglishStemmer();
			case "pt" -> new PortugueseStemmer();
			case "fr" -> new FrenchStemmer();
			default -> null;
		};
	}

	/**
	 * At most {@link #RECENT_TEXTS} texts' terms, least recently used dropped first. A
	 * static class on purpose: a thread's value that referred to its analyser would keep
	 * the analyser, and so the thread-local itself, reachable from every request thread
	 * after its corpus version is replaced.
	 */
	private static final class RecentTerms extends LinkedHashMap<String, List<String>> {

		private static final long serialVersionUID = 1L;

		RecentTerms() {
			super(RECENT_TEXTS * 2, 0.75f, true);
		}

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
			return size() > RECENT_TEXTS;
		}

	}

	/**
	 * The terms of {@code text}, in order (synonyms replaced, stop words dropped, stems);
	 * an unmodifiable list, shared with the callers that asked for the same text lately
	 * on this thread.
	 */
	public List<String> terms(String text) {
		Map<String, List<String>> remembered = recent.get();
		List<String> terms = remembered.get(text);
		if (terms == null) {
			terms = analyse(text);
			remembered.put(text, terms);
		}
		return terms;
	}

	private List<String> analyse(String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = tokenStream("text", new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(terms);
	}

}
