package org.lacreview.index.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.LanguagePack;
import org.lacreview.index.corpus.Phrasing;

class LanguageAnalyzerTests {

	private static final LanguageAnalyzer SPANISH = new LanguageAnalyzer(
			new LanguagePack("es", Set.of("el", "la", "de", "las", "para", "se"),
					List.of(List.of("oim", "iom", "organización internacional para las migraciones"),
							List.of("seminario web", "webinar")),
					List.of(), Map.of(), List.of(), List.of()));

	@Test
	void foldsAccentsBeforeStopWordsSoQuestionWordsSurvive() {
		assertThat(SPANISH.terms("¿Cuándo fue la reunión?")).containsExactly("cuand", "fue", "reunion");
		assertThat(SPANISH.terms("cuando fue la reunion")).containsExactly("cuand", "fue", "reunion");
	}

	@Test
	void anEmojiIsNoTerm() {
		assertThat(SPANISH.terms("buenas!! 🙂")).isEqualTo(SPANISH.terms("buenas"));
		assertThat(SPANISH.terms("¿cuándo fue la reunión? 🙏👋")).containsExactly("cuand", "fue", "reunion");
	}

	@Test
	void keepsWordsThatCarryMeaningLikeEstados() {
		assertThat(SPANISH.terms("Estados miembros")).containsExactly("estad", "miembr");
	}

	@Test
	void stemsPluralsAndVerbFormsTogether() {
		assertThat(SPANISH.terms("participantes")).isEqualTo(SPANISH.terms("participante"));
		assertThat(SPANISH.terms("registrados")).isEqualTo(SPANISH.terms("registrado"));
	}

	@Test
	void snowballAloneStemsSomeSingularsAndPluralsApart() {
		assertThat(SPANISH.terms("desigualdad")).isNotEqualTo(SPANISH.terms("desigualdades"));
	}

	@Test
	void withPluralsFoldedFirstASingularAndItsPluralShareTheirStem() {
		LanguageAnalyzer search = new LanguageAnalyzer(
				new LanguagePack("es", Set.of("la", "las"), List.of(), List.of(), Map.of(), List.of(), List.of()),
				true);
		assertThat(search.terms("la desigualdad")).isEqualTo(search.terms("las desigualdades")).hasSize(1);
		assertThat(search.terms("participantes")).isEqualTo(search.terms("participante"));
	}

	@Test
	void reducesSynonymsAndAcronymsToTheFirstEntryOfTheirLine() {
		assertThat(SPANISH.terms("IOM")).containsExactly("oim");
		assertThat(SPANISH.terms("la Organización Internacional para las Migraciones")).containsExactly("oim");
		assertThat(SPANISH.terms("un webinar")).isEqualTo(SPANISH.terms("un seminario web"));
	}

	@Test
	void leavesEntityPlaceholdersUnstemmed() {
		assertThat(SPANISH.terms("cuántos ent_group se registraron")).containsExactly("cuant", "ent_group", "registr");
	}

	@Test
	void englishIsStemmedWithTheEnglishStemmer() {
		LanguageAnalyzer english = new LanguageAnalyzer(
				new LanguagePack("en", Set.of("the"), List.of(), List.of(), Map.of(), List.of(), List.of()));
		assertThat(english.terms("How many participants registered?")).containsExactly("how", "mani", "particip",
				"regist");
	}

	@Test
	void aLanguagesElidedArticlesAreCutOffTheWordTheyAreJoinedTo() {
		Phrasing none = Phrasing.NONE;
		LanguageAnalyzer eliding = new LanguageAnalyzer(new LanguagePack("fr", Set.of("le", "de"), List.of(), List.of(),
				Map.of(), List.of(), List.of(), List.of(), none, LanguagePack.DateWords.NONE, List.of(), Map.of(),
				Map.of(), List.of("l", "d", "qu"), Map.of(), List.of()));
		LanguageAnalyzer notEliding = new LanguageAnalyzer(
				new LanguagePack("fr", Set.of("le", "de"), List.of(), List.of(), Map.of(), List.of(), List.of()));
		assertThat(eliding.terms("combien d'ateliers")).isEqualTo(eliding.terms("combien de ateliers"));
		assertThat(eliding.terms("l’ouverture")).isEqualTo(eliding.terms("ouverture"));
		// Only the words the language lists: "aujourd'hui" keeps its "aujourd".
		assertThat(eliding.terms("aujourd'hui")).isEqualTo(notEliding.terms("aujourd'hui"));
		assertThat(notEliding.terms("combien d'ateliers")).isNotEqualTo(notEliding.terms("combien de ateliers"));
	}

	@Test
	void anAnalyserNoLongerUsedIsNotKeptByTheThreadsThatAnalysedWithIt() throws InterruptedException {
		LanguageAnalyzer dropped = new LanguageAnalyzer(
				new LanguagePack("en", Set.of("the"), List.of(), List.of(), Map.of(), List.of(), List.of()));
		assertThat(dropped.terms("When was the meeting?")).isNotEmpty();
		WeakReference<LanguageAnalyzer> reference = new WeakReference<>(dropped);
		dropped = null;
		// A corpus version replaced: its analysers must go, although this thread
		// remembers what they analysed.
		for (int i = 0; i < 50 && reference.get() != null; i++) {
			System.gc();
			Thread.sleep(20);
		}
		assertThat(reference.get()).isNull();
	}

}
