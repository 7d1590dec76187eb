package org.lacreview.index;

import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Random texts of the kinds users and attackers send, each made from a seed so that a
 * failing case can be made again: the seeds of a run start at {@code -Dproperties.seed}
 * (random when unset) and appear in each case's name.
 */
final class RandomTexts {

	static final List<String> HOSTILE = List.of("'; DROP TABLE feedback; --", "<script>alert(1)</script>",
			"**bold** [link](javascript:alert(1))", "{{7*7}} ${jndi:ldap://x}", "\u202Eevil\u202C", "%00%0d%0a",
			"\\u0000", "¿Cuándo fue la reunión?", "¿y el 27?", "zoom", "OIM", "مرحبا بكم في الاجتماع", "שלום",
			"😀🇲🇽👍🏽");

	private static final List<String> EMOJI = List.of("😀", "🙏🏾", "🇧🇷", "👍🏽", "👨‍👩‍👧", "❤️");

	private RandomTexts() {
	}

	static Stream<Long> seeds(int count) {
		long first = Long.getLong("properties.seed", new SecureRandom().nextLong());
		return LongStream.range(0, count).mapToObj(i -> first + i);
	}

	/**
	 * One text: any UTF-16 units, control characters, emoji, a 1,500-word text, hostile
	 * strings mixed with noise.
	 */
	static String anyText(Random random) {
		int kind = random.nextInt(18);
		if (kind < 5) {
			return chars(random, random.nextInt(301), Character.MIN_VALUE, Character.MAX_VALUE);
		}
		if (kind < 7) {
			return chars(random, random.nextInt(51), '\u0000', '\u001F');
		}
		if (kind < 9) {
			return IntStream.range(0, 1 + random.nextInt(6))
				.mapToObj(i -> EMOJI.get(random.nextInt(EMOJI.size())))
				.collect(Collectors.joining());
		}
		if (kind < 10) {
			// More distinct words than Lucene's default clause limit.
			return IntStream.range(0, 1_500)
				.mapToObj(i -> chars(random, 3 + random.nextInt(6), 'a', 'p'))
				.collect(Collectors.joining(" "));
		}
		if (kind < 15) {
			return hostile(random) + chars(random, random.nextInt(41), Character.MIN_VALUE, Character.MAX_VALUE)
					+ hostile(random);
		}
		return hostile(random);
	}

	private static String hostile(Random random) {
		return HOSTILE.get(random.nextInt(HOSTILE.size()));
	}

	/** Random UTF-16 units between two, lone surrogates included. */
	private static String chars(Random random, int length, char from, char to) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append((char) (from + random.nextInt(to - from + 1)));
		}
		return text.toString();
	}

}
