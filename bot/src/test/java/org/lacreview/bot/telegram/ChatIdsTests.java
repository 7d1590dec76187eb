package org.lacreview.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatIdsTests {

	private final ChatIds ids = new ChatIds("123:secret");

	@Test
	void aChatsKeyIsStableAndDoesNotContainItsId() {
		assertThat(ids.chat(987654321L)).isEqualTo(new ChatIds("123:secret").chat(987654321L))
			.doesNotContain("987654321")
			.hasSize(16);
		assertThat(ids.chat(987654321L)).isNotEqualTo(ids.chat(987654322L));
	}

	@Test
	void theKeyDependsOnTheSecretSoIdsCannotBeTriedOneByOne() {
		assertThat(ids.chat(42)).isNotEqualTo(new ChatIds("456:other").chat(42));
	}

	@Test
	void eachMemberOfAGroupHasTheirOwnConversationThatNoWebSessionIdCanName() {
		assertThat(ids.session(-100, 1, true)).isNotEqualTo(ids.session(-100, 2, true));
		assertThat(ids.session(7, 7, false)).isEqualTo(ids.session(7, 99, false));
		assertThat(ids.session(7, 7, false)).contains("#");
	}

}
