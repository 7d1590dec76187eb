package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * Whatever text arrives — random Unicode, control characters, emoji, right-to-left scripts, 10 KB strings,
 * injection strings, bits of real questions — the engine answers without throwing, with a well-formed reply.
 */
class EngineProperties {

	private static AnswerEngine engine;

	private static final List<String> HOSTILE = List.of("'; DROP TABLE feedback; --", "<script>alert(1)</script>",
			"**bold** [link](javascript:alert(1))", "{{7*7}} ${jndi:ldap://x}", "\u202Eevil\u202C", "%00%0d%0a", "\\u0000",
			"¿Cuándo fue la reunión?", "¿y el 27?", "zoom", "OIM", "مرحبا بكم في الاجتماع", "שלום", "😀🇲🇽👍🏽");

	@BeforeContainer
	static void build() {
		engine = AnswerEngine.build(CorpusLoader.load(TestCorpora.BUNDLED));
	}

	@Provide
	Arbitrary<String> anyText() {
		Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(300);
		Arbitrary<String> controls = Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMaxLength(50);
		Arbitrary<String> emoji = Arbitraries.strings().withCharRange('\uD83D', '\uD83D').ofMaxLength(1)
			.map(s -> "😀🙏🏾" + s + "🇧🇷");
		// Long texts of many distinct words: more terms than Lucene's default clause limit.
		Arbitrary<String> huge = Arbitraries.strings().withChars("abcdefghijklmnop").ofMinLength(3).ofMaxLength(8)
			.list().ofSize(1_500).map(words -> String.join(" ", words));
		Arbitrary<String> mixed = Combinators.combine(Arbitraries.of(HOSTILE), Arbitraries.strings().all().ofMaxLength(40),
				Arbitraries.of(HOSTILE)).as((a, b, c) -> a + b + c);
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, unicode), net.jqwik.api.Tuple.of(2, controls),
				net.jqwik.api.Tuple.of(2, emoji), net.jqwik.api.Tuple.of(1, huge), net.jqwik.api.Tuple.of(5, mixed),
				net.jqwik.api.Tuple.of(3, Arbitraries.of(HOSTILE)));
	}

	@Property(tries = 200)
	void everyTextGetsAWellFormedReply(@ForAll("anyText") String text, @ForAll("languages") Optional<String> language) {
		Reply reply = engine.answer(text, language, DialogState.EMPTY);
		Answer answer = reply.answer();
		assertThat(answer.text()).isNotBlank();
		assertThat(answer.language()).isIn("es", "en", "pt", "fr");
		assertThat(answer.confidence()).isBetween(0.0, 1.0);
		assertThat(answer.intent()).isNotBlank();
		if (!answer.answered()) {
			assertThat(answer.intent()).isEqualTo(Answer.FALLBACK);
		}
		assertThat(reply.state()).isNotNull();
	}

	@Property(tries = 60)
	void aConversationOfAnyTextsNeverBreaks(@ForAll("anyText") String first, @ForAll("anyText") String second) {
		Reply one = engine.answer(first, Optional.empty(), DialogState.EMPTY);
		Reply two = engine.answer(second, Optional.empty(), one.state());
		assertThat(two.answer().text()).isNotBlank();
	}

	@Provide
	Arbitrary<Optional<String>> languages() {
		return Arbitraries.of(Optional.empty(), Optional.of("es"), Optional.of("en"), Optional.of("pt"), Optional.of("fr"));
	}
}
