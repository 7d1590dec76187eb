package org.lacreview.bot.privacy;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.LanguagePack;

/**
 * Replaces what identifies a person in a text by a placeholder, before the text is
 * stored: e-mail addresses ({@code [email]}), URLs with a query string, fragment, user or
 * token ({@code [url]}), card numbers ({@code [card]}), phone numbers ({@code [phone]}),
 * document and other long numbers ({@code [number]}), and the name after a phrase that
 * introduces one ({@code [name]}; the phrases are the corpus's {@code name_intro} of
 * every language, so a name is found whichever language the text was taken to be).
 * Control and invisible characters are removed first, so that they cannot hide an
 * identifier.
 *
 * <p>
 * Thread-safe. Linear in the length of the text; the phrases' pattern is built once per
 * corpus served.
 */
public class Redactor {

	/** The pieces of a URL that can carry a secret: user info, query string, fragment. */
	private static final Pattern URL = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:https?://|www\\.)[^\\s<>\"]++");

	/**
	 * A path segment that looks like a token rather than a word: 16 or more letters,
	 * digits, - or _, with digits.
	 */
	private static final Pattern TOKEN = Pattern.compile("(?=[\\w-]*\\d)[\\w-]{16,}+");

	private static final Pattern EMAIL = Pattern
		.compile("(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]++@[\\p{L}\\p{N}-]++(?:\\.[\\p{L}\\p{N}-]++)+");

	/**
	 * A word mixing letters and digits (passport "XK4471920", ID "12345678Z"); digits
	 * counted afterwards.
	 */
	private static final Pattern CODE = Pattern
		.compile("(?<![\\p{L}\\p{N}])(?=\\p{N}*+\\p{L})[\\p{L}\\p{N}]{6,}+(?![\\p{L}\\p{N}])");

	/**
	 * Digits, possibly grouped by spaces, dots, dashes, slashes or parentheses, possibly
	 * after a +.
	 */
	private static final Pattern DIGITS = Pattern
		.compile("(?<![\\p{L}\\p{N}+])\\+?\\(?\\d(?:[\\d ().\\-/]*\\d)?\\)?(?![\\p{L}\\p{N}])");

	private static final Pattern DATE = Pattern.compile("\\d{1,4}([./-])\\d{1,2}\\1\\d{1,4}");

	/**
	 * Dotted thousands, as Brazilian CPF (123.456.789-09) or Argentinian DNI (12.345.678)
	 * are written.
	 */
	private static final Pattern DOTTED = Pattern.compile("\\d{1,3}(?:\\.\\d{3}){2,}(?:-\\w{1,2})?");

	/** A word of a name: letters, apostrophes and hyphens (O'Neill, Jean-Pierre). */
	private static final Pattern NAME_WORD = Pattern.compile("[ \\t]*+(\\p{L}[\\p{L}'’-]*+)");

	private final Supplier<Corpus> corpus;

	/** The pattern of the name-introducing phrases of the corpus it was built from. */
	private record Intro(Corpus corpus, Pattern pattern) {
	}

	private volatile Intro intro;

	/**
	 * @param corpus the corpus being served, read on every call (it may change)
	 */
	public Redactor(Supplier<Corpus> corpus) {
		this.corpus = corpus;
	}

	/** The text with identifiers replaced; {@code null} stays {@code null}. */
	public String redact(String text) {
		if (text == null) {
			return null;
		}
		String clean = Normalizer.normalize(text, Normalizer.Form.NFKC)
			.replaceAll("\\p{Cf}", "")
			.replaceAll("[\\p{Cc}&&[^\\t\\n]]", " ");
		clean = replace(URL, clean, url -> secretUrl(url) ? "[url]" : url);
		clean = replace(EMAIL, clean, email -> "[email]");
		clean = names(clean);
		clean = replace(CODE, clean, word -> digits(word) >= 5 ? "[number]" : word);
		return replace(DIGITS, clean, Redactor::number);
	}

	private static boolean secretUrl(String url) {
		int scheme = url.indexOf("://");
		String rest = scheme < 0 ? url : url.substring(scheme + 3);
		return rest.contains("?") || rest.contains("#") || rest.contains("@") || rest.contains("=")
				|| TOKEN.matcher(rest).find();
	}

	private static String number(String run) {
		int digits = digits(run);
		boolean grouped = run.chars().anyMatch(c -> !Character.isDigit(c));
		if (DATE.matcher(run).matches() || digits < (grouped ? 7 : 6)) {
			return run;
		}
		if (digits >= 13 && digits <= 19 && run.matches("[\\d -]+") && luhn(run)) {
			return "[card]";
		}
		if (run.startsWith("+")) {
			return "[phone]";
		}
		if (!grouped || DOTTED.matcher(run).matches() || digits > 15) {
			return "[number]";
		}
		return "[phone]";
	}

	private static int digits(String text) {
		return (int) text.chars().filter(Character::isDigit).count();
	}

	/** The Luhn checksum every payment card number passes. */
	private static boolean luhn(String number) {
		int sum = 0;
		boolean doubled = false;
		for (int i = number.length() - 1; i >= 0; i--) {
			int digit = Character.digit(number.charAt(i), 10);
			if (digit < 0) {
				continue;
			}
			if (doubled) {
				digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

	private String names(String text) {
		Pattern pattern = introPattern();
		if (pattern == null) {
			return text;
		}
		Matcher intro = pattern.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		int from = 0;
		// The pattern ends where a letter follows, so a name of at least one word follows
		// every match.
		while (from < text.length() && intro.find(from)) {
			int end = nameEnd(text, intro.end());
			out.append(text, from, intro.end()).append("[name]");
			from = end;
		}
		return out.append(text, from, text.length()).toString();
	}

	/**
	 * Where the name after an introducing phrase ends. A capitalised name runs over
	 * capitalised words (up to four) and the short lower-case particles between them
	 * (María de la Cruz); a name typed in lower case is one word, and up to two more of
	 * four letters or longer (short words are most often "and", "y", "et").
	 */
	private static int nameEnd(String text, int start) {
		Matcher word = NAME_WORD.matcher(text);
		int end = start;
		int words = 0;
		boolean capitalised = false;
		int pos = start;
		while (pos < text.length() && word.region(pos, text.length()).lookingAt()) {
			String w = word.group(1);
			boolean upper = Character.isUpperCase(w.codePointAt(0));
			if (words == 0) {
				capitalised = upper;
			}
			else if (capitalised && !upper) {
				// Particles (de la, van der) count only when a capitalised word follows
				// them.
				int next = particlesBeforeCapital(word, pos, text.length());
				if (next < 0) {
					break;
				}
				pos = next;
				continue;
			}
			else if (!capitalised && w.length() < 4) {
				break;
			}
			words++;
			pos = word.end();
			end = pos;
			if (words == (capitalised ? 4 : 3)) {
				break;
			}
		}
		return end;
	}

	/**
	 * Where the capitalised word after up to three short lower-case words from
	 * {@code pos} starts, or -1.
	 */
	private static int particlesBeforeCapital(Matcher word, int pos, int length) {
		int at = pos;
		for (int particles = 0; particles <= 3 && at < length && word.region(at, length).lookingAt(); particles++) {
			String w = word.group(1);
			if (Character.isUpperCase(w.codePointAt(0))) {
				return particles == 0 ? -1 : at;
			}
			if (w.length() > 3) {
				return -1;
			}
			at = word.end();
		}
		return -1;
	}

	private Pattern introPattern() {
		Corpus current = corpus.get();
		Intro cached = intro;
		if (cached == null || cached.corpus() != current) {
			cached = new Intro(current, compile(current));
			intro = cached;
		}
		return cached.pattern();
	}

	/**
	 * Every language's phrases, longest first, matching whatever the case, accents and
	 * kind of apostrophe.
	 */
	private static Pattern compile(Corpus corpus) {
		List<String> phrases = corpus.languages()
			.values()
			.stream()
			.map(LanguagePack::nameIntro)
			.flatMap(List::stream)
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter(p -> !p.isEmpty())
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		if (phrases.isEmpty()) {
			return null;
		}
		StringBuilder alternation = new StringBuilder();
		for (String phrase : phrases) {
			alternation.append(alternation.isEmpty() ? "" : "|").append(loose(phrase));
		}
		return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?:[ \\t]*+[:,][ \\t]*+|[ \\t]++)(?=\\p{L})",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/**
	 * A phrase as a pattern: any run of spaces, any apostrophe, a letter with or without
	 * its accent.
	 */
	private static String loose(String phrase) {
		StringBuilder pattern = new StringBuilder();
		for (int i = 0; i < phrase.length(); i++) {
			char c = phrase.charAt(i);
			if (Character.isWhitespace(c)) {
				pattern.append("\\s+");
				while (i + 1 < phrase.length() && Character.isWhitespace(phrase.charAt(i + 1))) {
					i++;
				}
			}
			else if (c == '\'' || c == '’' || c == 'ʼ') {
				pattern.append("['’ʼ]");
			}
			else {
				String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
				boolean accented = Character.isLetter(c) && base.length() == 1 && Character.isLetter(base.charAt(0))
						&& base.charAt(0) != c;
				pattern.append(accented ? "[" + c + base + "]" : Pattern.quote(String.valueOf(c)));
			}
		}
		return pattern.toString();
	}

	private static String replace(Pattern pattern, String text, Function<String, String> replacement) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher.group())));
		}
		return matcher.appendTail(out).toString();
	}

}
