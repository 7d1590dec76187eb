package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;

class TemplateRendererTests {

	private static final Corpus CORPUS = CorpusLoader.load(TestCorpora.MINI);

	private static final TemplateRenderer RENDERER = new TemplateRenderer(CORPUS.familiesByName());

	private static final EntityFamily DAY = CORPUS.family("day").orElseThrow();

	private static final EntityValue D26 = DAY.value("d26").orElseThrow();

	private static final EntityValue D27 = DAY.value("d27").orElseThrow();

	@Test
	void fillsTheNamedValuesAttributesInTheAnswersLanguage() {
		assertThat(RENDERER.render("El {day.label}: {day.zoom}.", List.of("es", "en"), Map.of("day", List.of(D27))))
			.contains("El 27 de abril: 80.");
		assertThat(RENDERER.render("On {day.label}: {day.zoom}.", List.of("en", "es"), Map.of("day", List.of(D27))))
			.contains("On 27 April: 80.");
	}

	@Test
	void computesSumsListsCountsAndExtremesOverTheFamily() {
		assertThat(RENDERER.render(
				"{sum(day.zoom)} en {count(day)} días: {list(day.zoom)}; más: {max(day.zoom).label}, menos: {min(day.zoom).zoom}",
				List.of("es"), Map.of()))
			.contains("180 en 2 días: 26 de abril: 100; 27 de abril: 80; más: 26 de abril, menos: 80");
	}

	@Test
	void functionsRangeOverTheValuesNamedWhenTheQuestionNamesSeveral() {
		assertThat(RENDERER.render("{min(day.zoom).label}", List.of("es"), Map.of("day", List.of(D26, D27))))
			.contains("27 de abril");
		assertThat(RENDERER.render("{sum(day.zoom)}", List.of("es"), Map.of("day", List.of(D26)))).contains("180");
	}

	@Test
	void aMissingValueOrAttributeLeavesNoHoleButNoAnswer() {
		assertThat(RENDERER.render("El {day.label}: {day.zoom}.", List.of("es"), Map.of())).isEmpty();
		assertThat(RENDERER.render("{day.zoom}", List.of("es"), Map.of("day", List.of(D26, D27)))).isEmpty();
	}

}
