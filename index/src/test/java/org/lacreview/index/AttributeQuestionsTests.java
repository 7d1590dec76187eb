package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Questions that ask for one attribute of something the document names ("¿Cuál es el
 * salario de Alicia Bárcena?"): when the attribute after a key cue of the language
 * ({@code key_cues} in {@code corpus/languages/xx.yml}) is a word nothing the corpus
 * answers uses, the bot refuses instead of describing the person or organisation named;
 * when the corpus knows the attribute, it answers.
 */
class AttributeQuestionsTests {

	private static final AnswerEngine engine = BundledEngine.get();

	@ParameterizedTest
	@ValueSource(strings = { "¿Cuál es el salario de Alicia Bárcena?", "¿Cuál fue el presupuesto de la OIM para 2021?",
			"Quel est le salaire d'António Vitorino ?", "What was the budget of IOM in 2021?",
			"Qual foi o orçamento da OIM em 2021?" })
	void anAttributeTheCorpusNeverMentionsIsRefused(String question) {
		Answer answer = ask(question);
		assertThat(answer.answered()).as(question + " -> " + answer.intent() + " " + answer.trace()).isFalse();
	}

	@Test
	void anAttributeTheCorpusKnowsIsAnswered() {
		Answer answer = ask("¿Cuál es el sitio web de la CEPAL?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.intent()).isEqualTo("org_website");
	}

	@Test
	void anOrdinalAfterAKeyCueIsNotAnUnknownAttribute() {
		Answer answer = ask("What was the second thematic area of the round tables about?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
	}

	@Test
	void aGroupNamedBeforeAColonIsTheGroupAskedAbout() {
		String count = engine.corpus()
			.family("group")
			.orElseThrow()
			.value("governments")
			.orElseThrow()
			.attributes()
			.get("count")
			.toString();
		Answer answer = ask("Registrados del grupo Gobiernos: ¿cuántos?");
		assertThat(answer.intent()).as(answer.trace().toString()).isEqualTo("registered_by_group");
		assertThat(answer.text()).contains(count);
	}

}
