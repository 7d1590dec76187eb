package org.lacreview.index.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The gate before a costly pattern opens for every text with one of its words, and only
 * then when it can tell.
 */
class WordGateTests {

	@Test
	void opensForAWholeWordAndStaysShutForAPartOfOne() {
		WordGate gate = new WordGate(Set.of("abril", "abr"), Character::isLetter);
		assertThat(gate.opens("el 26 de abril")).isTrue();
		assertThat(gate.opens("26abril2021")).as("digits end a word of letters").isTrue();
		assertThat(gate.opens("abr. 26")).isTrue();
		assertThat(gate.opens("cuantos se registraron")).isFalse();
		assertThat(gate.opens("abrieron la sesion")).as("a word that only starts like one").isFalse();
		assertThat(gate.opens("")).isFalse();
	}

	@Test
	void wordsOfLettersAndDigitsAreWholeRunsOfBoth() {
		WordGate gate = new WordGate(Set.of("1st", "first"), Character::isLetterOrDigit);
		assertThat(gate.opens("the 1st day")).isTrue();
		assertThat(gate.opens("the first day")).isTrue();
		assertThat(gate.opens("21st century")).isFalse();
	}

	@Test
	void aWordTheGateCannotTestKeepsItOpen() {
		WordGate gate = new WordGate(Set.of("treinta y uno", "uno"), Character::isLetter);
		assertThat(gate.opens("cuantos se registraron")).isTrue();
	}

}
