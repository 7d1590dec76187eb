package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever people type, the engine replies: no exception, a text, a known language. */
class OddInputTests {

	static AnswerEngine engine;

	@BeforeAll
	static void build() {
		engine = BundledEngine.get();
	}

	@ParameterizedTest
	@ValueSource(strings = { "👍", "????", "¿¿¿y???", "y", "el 99 de abril", "área 0", "área 999",
			"31 de febrero de 2021", "del 30 al 2 de abril", "2021-04-26", "'; DROP TABLE answers; --",
			"<script>alert(1)</script>", "**negrita** _cursiva_ [link](javascript:alert(1))", "مرحبا متى كان الاجتماع؟",
			"\u0000\u0007\u001b[31m", "ZOOM ZOOM ZOOM ZOOM", "¿Cuándo fue la reunión?\n\n\n¿Y el 27?",
			"12345678901234567890", "el primer día del último día" })
	void answersOddInputWithoutFailing(String message) {
		Reply reply = engine.answer(message, Optional.empty(), DialogState.EMPTY);
		assertThat(reply.answer().text()).isNotBlank();
		assertThat(reply.answer().language()).isIn("es", "en", "pt", "fr");
		Reply followUp = engine.answer(message, Optional.empty(), reply.state());
		assertThat(followUp.answer().text()).isNotBlank();
	}

	@ParameterizedTest
	@ValueSource(ints = { 1000, 10_000 })
	void answersVeryLongInput(int length) {
		String message = "¿Cuándo fue la reunión? ".repeat(length / 24 + 1).substring(0, length);
		assertThat(engine.answer(message).answer().text()).isNotBlank();
	}

}
