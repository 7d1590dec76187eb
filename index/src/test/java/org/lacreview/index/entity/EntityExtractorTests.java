package org.lacreview.index.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lacreview.index.TestCorpora;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.EntityValue;

class EntityExtractorTests {

	private static final EntityExtractor EXTRACTOR = new EntityExtractor(CorpusLoader.load(TestCorpora.MINI));

	private static List<String> ids(String question, String language) {
		return EXTRACTOR.extract(question, language)
			.mentions()
			.stream()
			.flatMap(m -> m.values().isEmpty() ? java.util.stream.Stream.of("?" + m.tag())
					: m.values().stream().map(EntityValue::id))
			.toList();
	}

	@Test
	void findsDatesWrittenInManyWays() {
		assertThat(ids("¿Cuántos hubo el 26 de abril?", "es")).containsExactly("d26");
		assertThat(ids("How many on April 27th?", "en")).containsExactly("d27");
		assertThat(ids("on 27 April 2021", "en")).containsExactly("d27");
		assertThat(ids("¿y el 27?", "es")).containsExactly("d27");
		assertThat(ids("del 26 al 27 de abril", "es")).containsExactly("d26", "d27");
	}

	@Test
	void findsDaysByOrdinal() {
		assertThat(ids("el primer día", "es")).containsExactly("d26");
		assertThat(ids("el último dia", "es")).containsExactly("d27");
		assertThat(ids("the last day", "en")).containsExactly("d27");
	}

	@Test
	void aDateOrYearTheCorpusDoesNotHaveIsAnUncoveredMention() {
		Extraction extraction = EXTRACTOR.extract("¿Zoom el 29 de abril?", "es");
		assertThat(extraction.namesSomethingUncovered()).isTrue();
		assertThat(ids("¿y en 2019?", "es")).containsExactly("?year");
		assertThat(EXTRACTOR.extract("en 2021", "es").namesSomethingUncovered()).isFalse();
	}

	@Test
	void findsNamesByDictionaryAndFlagsValuesOutsideTheDocument() {
		assertThat(ids("¿cuántos por Zoom?", "es")).containsExactly("zoom");
		Extraction facebook = EXTRACTOR.extract("¿y por Facebook?", "es");
		assertThat(facebook.namesSomethingUncovered()).isTrue();
	}

	@Test
	void aShortTitleQualifiedAsSomeoneTheCorpusDoesNotKnowNamesSomethingUncovered() {
		EntityExtractor bundled = new EntityExtractor(CorpusLoader.load(TestCorpora.BUNDLED));
		// "director general" is a name of the person the corpus also calls "director
		// general de la OIM": another organisation after the same "de" is someone else.
		assertThat(bundled.extract("¿Quién es el director general de la OIT?", "es").namesSomethingUncovered())
			.isTrue();
		assertThat(bundled.extract("¿Quién es el director general de la OIM?", "es").namesSomethingUncovered())
			.isFalse();
		assertThat(bundled.extract("Qui est le rapporteur spécial sur le droit à l'alimentation ?", "fr")
			.namesSomethingUncovered()).isTrue();
		assertThat(bundled.extract("Qui est le rapporteur spécial sur les droits des migrants ?", "fr")
			.namesSomethingUncovered()).isFalse();
		// A longer name that begins or ends with the short one takes its qualifiers: "de
		// la ONU" stands between "relator especial" and the "sobre" of the longest name.
		assertThat(bundled.extract("¿Quién es el relator especial de la ONU sobre la tortura?", "es")
			.namesSomethingUncovered()).isTrue();
		assertThat(bundled.extract("Who is the UN special rapporteur on freedom of expression?", "en")
			.namesSomethingUncovered()).isTrue();
		assertThat(bundled.extract("¿Quién es el relator especial de la ONU?", "es").namesSomethingUncovered())
			.isFalse();
		// A qualifier that names a value ends there: "confondus" says "all together".
		assertThat(bundled
			.extract("Combien de membres au total, États membres et membres associés de la CEPAL confondus ?", "fr")
			.namesSomethingUncovered()).isFalse();
		assertThat(
				bundled.extract("Combien de membres associés de la Banque mondiale ?", "fr").namesSomethingUncovered())
			.isTrue();
		// Other words after the title, or after a one-word name, are no qualifier.
		assertThat(bundled.extract("¿Qué dijo el director general sobre la pandemia?", "es").namesSomethingUncovered())
			.isFalse();
		assertThat(bundled.extract("Quando será o Fórum de Exame da Migração Internacional?", "pt")
			.namesSomethingUncovered()).isFalse();
	}

	@Test
	void aNameDoesNotSpanAMarkThatListsTwoThings() {
		EntityExtractor bundled = new EntityExtractor(CorpusLoader.load(TestCorpora.BUNDLED));
		assertThat(bundled.extract("¿cuántos en total (miembros de la cepal + asociados)?", "es").mentions())
			.extracting(Mention::text)
			.containsExactly("miembros de la cepal", "asociados");
		// A name that has the mark itself (membership.yml: "miembros + asociados") spans
		// it.
		assertThat(bundled.extract("¿cuántos en total (miembros + asociados)?", "es").mentions())
			.extracting(Mention::text)
			.containsExactly("miembros + asociados");
		assertThat(bundled.extract("¿cuántos miembros asociados?", "es").mentions()).extracting(Mention::text)
			.containsExactly("miembros asociados");
	}

	@Test
	void aSecondValueJoinedToTheFirstWithItsHeadElidedIsReadAsTheFirstOnesFamily() {
		EntityExtractor bundled = new EntityExtractor(CorpusLoader.load(TestCorpora.BUNDLED));
		// "los procesos regionales" alone is a stakeholder group
		assertThat(bundled
			.extract("¿cuándo fueron las consultas con la sociedad civil y con los procesos regionales?", "es")
			.mentions()).flatExtracting(Mention::values)
			.extracting(EntityValue::id)
			.containsExactly("civil_society_consultations", "regional_consultations");
		assertThat(bundled.extract("Dates of the consultations with regional processes and with civil society?", "en")
			.mentions()).flatExtracting(Mention::values)
			.extracting(EntityValue::id)
			.containsExactly("regional_consultations", "civil_society_consultations");
		// not joined as a part: a group within the consultation
		assertThat(bundled.extract("en la consulta con procesos regionales, ¿cuántos de la sociedad civil?", "es")
			.mentions()).extracting(Mention::tag).containsExactly("event", "group");
	}

	@Test
	void aNameTheCorpusGivesToTwoValuesNamesBoth() {
		EntityExtractor bundled = new EntityExtractor(CorpusLoader.load(TestCorpora.BUNDLED));
		List<Mention> mentions = bundled.extract("¿cuántos por Zoom los días de mesas redondas?", "es").mentions();
		assertThat(mentions).filteredOn(m -> m.tag().equals("day"))
			.flatExtracting(Mention::values)
			.extracting(EntityValue::id)
			.containsExactly("apr27", "apr28");
		// The comma sets the ordinal's day apart from the round tables.
		assertThat(bundled.extract("le deuxième jour, les tables rondes portaient sur quoi ?", "fr").mentions())
			.flatExtracting(Mention::values)
			.extracting(EntityValue::id)
			.containsExactly("apr27");
	}

	@Test
	void anOrdinalOfAnotherValueIsAPartOfItNotAValueOfItsOwn() {
		EntityExtractor bundled = new EntityExtractor(CorpusLoader.load(TestCorpora.BUNDLED));
		assertThat(bundled.extract("How many days after the last day of the civil society consultations?", "en")
			.mentions()).extracting(Mention::tag).containsExactly("event");
		assertThat(bundled.extract("¿cuántos por Zoom el último día?", "es").mentions()).flatExtracting(Mention::values)
			.extracting(EntityValue::id)
			.containsExactly("zoom", "apr28");
		// Only a joiner says "part of": "el área 4 fue el 27" names both.
		assertThat(bundled.extract("¿el área 4 fue el 27 o el 28?", "es").mentions()).extracting(Mention::tag)
			.contains("area");
	}

	@Test
	void aCountAsLargeAsAFamilyNamesItWholeWithoutAMention() {
		EntityExtractor bundled = new EntityExtractor(CorpusLoader.load(TestCorpora.BUNDLED));
		assertThat(bundled.wholeFamilies("e a media dos tres dias?").get("day")).extracting(EntityValue::id)
			.containsExactly("apr26", "apr27", "apr28");
		assertThat(bundled.extract("e a media dos tres dias?", "pt").mentions()).isEmpty();
		assertThat(bundled.wholeFamilies("y el promedio de los dos dias?")).isEmpty();
	}

	@Test
	void masksMentionsSoTheClassifierSeesTheirFamily() {
		assertThat(EXTRACTOR.extract("¿Cuántos por Zoom el 26 de abril?", "es").masked())
			.isEqualTo("¿cuantos por zoom el ent_day ?");
		assertThat(EXTRACTOR.extract("¿y por Facebook?", "es").masked()).isEqualTo("¿y por ent_unknown ?");
	}

	@Test
	void recognisesFollowUpsAndPointersBack() {
		assertThat(EXTRACTOR.extract("¿Y el 27?", "es").followUp()).isTrue();
		assertThat(EXTRACTOR.extract("¿Yo qué sé?", "es").followUp()).isFalse();
		assertThat(EXTRACTOR.extract("¿cuántos ese día?", "es").refersBack()).isTrue();
		assertThat(EXTRACTOR.extract("What about the 27th?", "en").followUp()).isTrue();
	}

	@Test
	void aPointingWordInAPhraseWhereItPointsAtNothingDoesNotReferBack() {
		assertThat(EXTRACTOR.extract("what happened there?", "en").refersBack()).isTrue();
		assertThat(EXTRACTOR.extract("is there a fair?", "en").refersBack()).isFalse();
		assertThat(EXTRACTOR.extract("is there anything that day?", "en").refersBack()).isTrue();
	}

	@Test
	void wordsPointingBackAreMaskedAsTheFamilyTheyPointToWhenItIsASlot() {
		Extraction pointing = EXTRACTOR.extract("¿cuántos ese día?", "es");
		assertThat(EXTRACTOR.withAntecedent(pointing, "es", "day").masked()).isEqualTo("¿cuantos ent_day ?");
		// A family no intent is selected by stays as written, as its names do.
		assertThat(EXTRACTOR.withAntecedent(pointing, "es", "platform").masked()).isEqualTo(pointing.masked());
		// A question that names its own value points back at nothing.
		Extraction naming = EXTRACTOR.extract("¿cuántos ese día, el 27?", "es");
		assertThat(EXTRACTOR.withAntecedent(naming, "es", "day").masked()).isEqualTo(naming.masked());
		Extraction plain = EXTRACTOR.extract("¿cuántos por Zoom?", "es");
		assertThat(EXTRACTOR.withAntecedent(plain, "es", "day")).isSameAs(plain);
	}

}
