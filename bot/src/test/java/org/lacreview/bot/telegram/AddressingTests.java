package org.lacreview.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

class AddressingTests {

	private static final Optional<BotIdentity.Me> ME = Optional.of(new BotIdentity.Me(99, "review_bot"));

	private static Message text(String text) {
		Message message = new Message();
		message.setText(text);
		return message;
	}

	@Test
	void inAPrivateChatEveryTextIsAQuestionAndASlashStartsACommand() {
		assertThat(Addressing.read(text("¿Cuándo fue?"), false, ME)).contains(new Addressing.Question("¿Cuándo fue?"));
		assertThat(Addressing.read(text("/Fechas"), false, ME)).contains(new Addressing.Command("fechas"));
		assertThat(Addressing.read(text("/start payload"), false, ME)).contains(new Addressing.Command("start"));
	}

	@Test
	void inAGroupAPlainMessageIsNotForTheBot() {
		assertThat(Addressing.read(text("¿Cuándo fue?"), true, ME)).isEmpty();
		assertThat(Addressing.read(text("ask @review_botanist about it"), true, ME)).isEmpty();
	}

	@Test
	void inAGroupAMentionIsAQuestionWithoutTheMention() {
		assertThat(Addressing.read(text("@Review_Bot ¿Cuándo fue?"), true, ME))
			.contains(new Addressing.Question("¿Cuándo fue?"));
		assertThat(Addressing.read(text("@review_bot"), true, ME)).contains(new Addressing.Command("help"));
	}

	@Test
	void inAGroupAReplyToTheBotIsAQuestion() {
		Message reply = text("¿y el 27?");
		Message bots = text("…");
		bots.setFrom(new User(99L, "Review", true));
		reply.setReplyToMessage(bots);
		assertThat(Addressing.read(reply, true, ME)).contains(new Addressing.Question("¿y el 27?"));
		bots.setFrom(new User(5L, "Ana", false));
		assertThat(Addressing.read(reply, true, ME)).isEmpty();
	}

	@Test
	void aCommandForAnotherBotIsIgnored() {
		assertThat(Addressing.read(text("/fechas@other_bot"), true, ME)).isEmpty();
		assertThat(Addressing.read(text("/fechas@review_bot"), true, ME)).contains(new Addressing.Command("fechas"));
		assertThat(Addressing.read(text("/fechas"), true, ME)).contains(new Addressing.Command("fechas"));
	}

}
