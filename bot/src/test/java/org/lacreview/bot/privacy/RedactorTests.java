package org.lacreview.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.LanguagePack;

/**
 * Each kind of identifier is replaced by its placeholder, in the four languages of the
 * corpus; what staff need to read a question (dates, years, counts, plain links, words)
 * is left alone. Names are found after the phrases of the corpus's {@code name_intro}
 * lists.
 */
class RedactorTests {

	/** The corpus shipped in the repository (the tests run in its root). */
	static final Corpus CORPUS = CorpusLoader.load(Path.of("corpus"));

	static final Redactor REDACTOR = new Redactor(() -> CORPUS);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			es email    | Escribidme a maria.perez+eventos@correo.example.com por favor | Escribidme a [email] por favor
			en email    | my address is J.Doe@Example.co.uk.                            | my address is [email].
			pt email    | meu e-mail: joao_silva@exemplo.com.br                         | meu e-mail: [email]
			fr email    | écrivez à jean-luc@exemple.fr, merci                          | écrivez à [email], merci
			es phone    | mi teléfono es +34 612 345 678                                | mi teléfono es [phone]
			en phone    | call me on (555) 123-4567 tomorrow                            | call me on [phone] tomorrow
			pt phone    | meu celular é +55 (11) 98765-4321                             | meu celular é [phone]
			fr phone    | mon numéro est 06 12 34 56 78                                 | mon numéro est [phone]
			es passport | mi pasaporte es XK4471920                                     | mi pasaporte es [number]
			es dni      | DNI 12345678Z y NIE X1234567L                                 | DNI [number] y NIE [number]
			en passport | passport number 912345678                                     | passport number [number]
			pt cpf      | CPF 123.456.789-09                                            | CPF [number]
			fr passport | passeport n° 12AB34567                                        | passeport n° [number]
			es card     | tarjeta 4111 1111 1111 1111                                   | tarjeta [card]
			en card     | card 5500-0000-0000-0004                                      | card [card]
			pt card     | cartão 4111111111111111                                       | cartão [card]
			fr card     | carte 4000 0566 5566 5556 ok                                  | carte [card] ok
			es url      | mira https://ejemplo.com/reset?token=a8F3kL0pQ9zX             | mira [url]
			en url      | see https://example.com/invite/3f9a8b7c6d5e4f3a2b1c please    | see [url] please
			pt url      | link www.exemplo.com.br/entrar#sessao=abc                     | link [url]
			fr url      | lien https://user:secret@exemple.fr/page                      | lien [url]
			""")
	void anIdentifierIsReplacedByItsPlaceholder(String kind, String text, String redacted) {
		assertThat(REDACTOR.redact(text)).isEqualTo(redacted);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					es           | Me llamo María José García y quiero saber la fecha       | Me llamo [name] y quiero saber la fecha
					es particles | mi nombre es María de la Cruz, ¿cuándo fue?              | mi nombre es [name], ¿cuándo fue?
					es lower     | me llamo juan perez y quiero saber                       | me llamo [name] y quiero saber
					en           | Hi, my name is John Smith. When was it?                  | Hi, my name is [name]. When was it?
					en lower     | my name is ana and i have a question                     | my name is [name] and i have a question
					en colon     | My full name is: Thaddeus Oyelaran                       | My full name is: [name]
					pt           | Olá, meu nome é João Silva e gostaria de saber           | Olá, meu nome é [name] e gostaria de saber
					pt accent    | meu nome e joao silva e gostaria                         | meu nome e [name] e gostaria
					pt chamo     | Eu me chamo Ana Beatriz, onde foi?                       | Eu me chamo [name], onde foi?
					fr           | Bonjour, je m'appelle Gwenaëlle Marchetti et je voudrais | Bonjour, je m'appelle [name] et je voudrais
					fr curly     | Je m’appelle Jean-Pierre O'Neill.                        | Je m’appelle [name].
					fr case      | MON NOM EST Dupont, merci                                | MON NOM EST [name], merci
					""")
	void theNameAfterAnIntroducingPhraseIsReplaced(String language, String text, String redacted) {
		assertThat(REDACTOR.redact(text)).isEqualTo(redacted);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			¿Cuándo fue la reunión del 26 al 28 de abril de 2021?
			What happened on 2021-04-26 and 26/04/2021 at 10:30?
			¿Cuántos participaron en 2019, 2020 y 2021? Más de 1.500 personas
			Onde está https://migrationnetwork.un.org/imrf-2022 e o COVID-19?
			Quelle est la page www.cepal.org/fr ?
			my name
			""")
	void whatIdentifiesNobodyIsKept(String text) {
		assertThat(REDACTOR.redact(text)).isEqualTo(text);
	}

	@Test
	void invisibleAndControlCharactersCannotHideAnIdentifier() {
		assertThat(REDACTOR.redact("write to ma\u200Bria@exa\u00ADmple.org\u0000 now"))
			.isEqualTo("write to [email]  now");
	}

	@Test
	void withoutNameIntroPhrasesOnlyTheLanguageNeutralRulesApply() {
		Corpus bare = withoutIntros();
		Redactor noPhrases = new Redactor(() -> bare);
		assertThat(noPhrases.redact("me llamo Juan, +34 612 345 678")).isEqualTo("me llamo Juan, [phone]");
	}

	private static Corpus withoutIntros() {
		Map<String, LanguagePack> packs = new LinkedHashMap<>();
		CORPUS.languages()
			.forEach((code, pack) -> packs.put(code, new LanguagePack(code, pack.stopwords(), pack.synonyms(),
					pack.months(), pack.ordinals(), pack.followup(), pack.anaphora())));
		return new Corpus(CORPUS.info(), packs, CORPUS.messages(), CORPUS.telegram(), CORPUS.sections(),
				CORPUS.families(), CORPUS.intents());
	}

}
