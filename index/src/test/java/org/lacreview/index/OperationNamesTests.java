package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.OperationName;

/**
 * The names the corpus loader accepts under {@code operations:} and {@code computed:} are
 * exactly the engine's operations: a name without an operation would be accepted and
 * never used.
 */
class OperationNamesTests {

	@Test
	void everyOperationNameIsTheNameOfExactlyOneOperation() {
		assertThat(Arrays.stream(Operation.values()).map(Operation::key)).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(OperationName.values()).map(OperationName::key).toList());
	}

}
