package org.lacreview.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lacreview.bot.chat.Asker;
import org.lacreview.bot.chat.ChatService;
import org.lacreview.bot.feedback.FeedbackStore;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Telegram bot in long-polling mode: the real Telegram library over real HTTP against
 * a fake Bot API on 127.0.0.1, the real engine and the bundled corpus. Each test talks in
 * its own chat.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class TelegramBotTests {

	static final FakeBotApi telegram = new FakeBotApi();

	static final String TOKEN = "123456:never-in-the-logs";

	private static final ObjectMapper JSON = new ObjectMapper();

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("chatbot.telegram.token", () -> TOKEN);
		registry.add("chatbot.telegram.api-url", telegram::url);
		registry.add("chatbot.telegram.max-backoff", () -> "1s");
	}

	/** Stops the fake only after the context, so the bot never polls a closed server. */
	@TestConfiguration
	static class FakeLifecycle {

		@Bean
		DisposableBean stopFakeBotApi() {
			return telegram::close;
		}

	}

	@Autowired
	ChatService chat;

	@Autowired
	FeedbackStore feedback;

	private static JsonNode keyboard(FakeBotApi.Call call) {
		return call.json().path("reply_markup").path("inline_keyboard");
	}

	/**
	 * The message a sent call became, as Telegram shows it back when one of its buttons
	 * is pressed.
	 */
	private static Map<String, Object> asDelivered(FakeBotApi.Call call) throws Exception {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("message_id", 77);
		message.put("date", 1_700_000_000);
		message.put("chat", Map.of("id", Long.parseLong(call.chatId()), "type", "private"));
		message.put("from", Map.of("id", FakeBotApi.BOT_ID, "is_bot", true, "first_name", "Review"));
		message.put("text", call.text());
		message.put("reply_markup", JSON.convertValue(call.json().path("reply_markup"), Map.class));
		return message;
	}

	@Test
	void startWelcomesInTheUsersLanguageWithSuggestedQuestionsAsButtons() {
		telegram.enqueue(Updates.privateText(1001, "pt-br", "/start"));
		FakeBotApi.Call welcome = telegram.awaitSent(1001, 1).get(0);
		assertThat(welcome.text()).isEqualTo(chat.corpus().telegram().welcome().texts().get("pt"));
		JsonNode rows = keyboard(welcome);
		assertThat(rows.size()).isBetween(3, 4);
		for (JsonNode row : rows) {
			assertThat(row.get(0).path("text").asText()).isNotBlank();
			assertThat(row.get(0).path("callback_data").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8))
				.hasSizeLessThanOrEqualTo(64);
		}
	}

	@Test
	void aSpanishQuestionGetsTheAnswerWithItsSourceLink() {
		telegram.enqueue(Updates.privateText(1002, "es", "¿Cuándo fue la reunión?"));
		FakeBotApi.Call answer = telegram.awaitSent(1002, 1).get(0);
		assertThat(answer.text()).contains("26").contains("28 de abril").contains("<a href=\"https://");
		assertThat(answer.json().path("parse_mode").asText()).isEqualToIgnoringCase("html");
		assertThat(keyboard(answer).size()).isPositive();
	}

	@Test
	void anUpdateDeliveredThreeTimesInOneBatchIsAnsweredOnce() {
		String update = Updates.privateText(1050, "es", "¿Cuándo fue la reunión?");
		String whole = "{\"update_id\":" + telegram.nextUpdateId() + "," + update.substring(1);
		telegram.deliverTogether(whole, whole, whole);
		// The chat's updates are answered in order: a repeat answered would come before
		// the next update's answer.
		telegram.enqueue(Updates.privateText(1050, "en", "Who organised the meeting?"));
		List<FakeBotApi.Call> sent = FakeBotApi.await(() -> telegram.sent(1050),
				l -> l.stream().anyMatch(c -> c.text().contains("IOM")), Duration.ofSeconds(20));
		assertThat(sent.stream().filter(c -> c.text().contains("28 de abril"))).hasSize(1);
	}

	@Test
	void twoQuestionsInOneMessageGetBothAnswersWithEachLinkOnce() {
		telegram.enqueue(Updates.privateText(1060, "es", "¿Cuándo fue la reunión y quién la organizó?"));
		FakeBotApi.Call answer = telegram.awaitSent(1060, 1).get(0);
		assertThat(answer.text()).contains("28 de abril").contains("OIM").contains("CEPAL");
		List<String> links = Pattern.compile("href=\"([^\"]+)\"")
			.matcher(answer.text())
			.results()
			.map(m -> m.group(1))
			.toList();
		assertThat(links).isNotEmpty().doesNotHaveDuplicates();
	}

	@Test
	void aComputedAnswerShowsTheFiguresItUsed() {
		telegram.enqueue(Updates.privateText(1061, "es", "¿Cuántos más se conectaron por Zoom el 26 que el 28?"));
		assertThat(telegram.awaitSent(1061, 1).get(0).text()).contains("691 − 468 = 223");
	}

	@Test
	void anEnglishQuestionGetsAnEnglishAnswer() {
		telegram.enqueue(Updates.privateText(1003, "es", "When did the Regional Review take place?"));
		assertThat(telegram.awaitSent(1003, 1).get(0).text()).contains("April").doesNotContain("abril");
	}

	@Test
	void pressingASuggestionAnswersThatQuestion() throws Exception {
		telegram.enqueue(Updates.privateText(1004, "es", "¿Quién organizó la reunión?"));
		FakeBotApi.Call first = telegram.awaitSent(1004, 1).get(0);
		JsonNode button = keyboard(first).get(0).get(0);
		String expected = chat
			.ask(Asker.web("press-check"), "press-check", button.path("text").asText(), Optional.of("es"))
			.answer()
			.text();
		telegram.enqueue(Updates.press(1004, "es", asDelivered(first), button.path("callback_data").asText()));
		FakeBotApi.Call second = telegram.awaitSent(1004, 2).get(1);
		assertThat(second.text()).startsWith(TelegramHtml.escape(expected.split("\n")[0]));
		assertThat(telegram.calls("answercallbackquery"))
			.anySatisfy(c -> assertThat(c.json().path("callback_query_id").asText()).isEqualTo("cb1004"));
	}

	@Test
	void aThumbPressedUnderAnAnswerIsRecordedAsFeedbackOnThatAnswerAndThanked() throws Exception {
		telegram.enqueue(Updates.privateText(1014, "es", "¿Quién organizó la reunión?"));
		FakeBotApi.Call answer = telegram.awaitSent(1014, 1).get(0);
		JsonNode rows = keyboard(answer);
		JsonNode down = rows.get(rows.size() - 1).get(1);
		assertThat(down.path("text").asText()).isEqualTo("👎");
		int before = feedback.recent(1000).size();

		telegram.enqueue(Updates.press(1014, "es", asDelivered(answer), down.path("callback_data").asText()));

		FakeBotApi.await(() -> feedback.recent(1000).size(), n -> n > before, Duration.ofSeconds(10));
		var stored = feedback.recent(1).get(0);
		assertThat(stored.helpful()).isFalse();
		assertThat(stored.intent()).contains("organisers");
		assertThat(stored.question()).isEqualTo("¿Quién organizó la reunión?");
		FakeBotApi.await(() -> telegram.calls("answercallbackquery"),
				calls -> calls.stream()
					.anyMatch(c -> c.json().path("callback_query_id").asText().equals("cb1014")
							&& c.json().path("text").asText().equals("¡Gracias por tu opinión!")),
				Duration.ofSeconds(10));
		assertThat(telegram.sent(1014)).as("a vote is not a question: nothing more is sent").hasSize(1);
	}

	@Test
	void aFollowUpUsesTheChatsContext() {
		telegram.enqueue(Updates.privateText(1005, "es", "¿Cuántos se conectaron por Zoom el 26 de abril?"));
		assertThat(telegram.awaitSent(1005, 1).get(0).text()).contains("691");
		telegram.enqueue(Updates.privateText(1005, "es", "¿y el 27?"));
		assertThat(telegram.awaitSent(1005, 2).get(1).text()).contains("608").doesNotContain("691");
	}

	@Test
	void inAGroupOnlyMentionsRepliesAndCommandsForThisBotAreAnswered() {
		long group = -2001;
		telegram.enqueue(Updates.groupText(group, 11, "¿Cuándo fue la reunión?"));
		telegram.enqueue(Updates.groupText(group, 11, "/fechas@some_other_bot"));
		telegram.enqueue(Updates
			.json(Map.of("message", withSticker(Updates.message(group, "group", Updates.user(11, "es"), null)))));
		telegram.enqueue(Updates.groupText(group, 11, "@" + FakeBotApi.BOT_USERNAME + " ¿Cuándo fue la reunión?"));
		// One chat's updates are handled in order: once the mention is answered, the
		// three before it were seen.
		List<FakeBotApi.Call> sent = telegram.awaitSent(group, 1);
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).text()).contains("28 de abril");
		assertThat(sent.get(0).json().path("reply_parameters").path("message_id").asInt()).isPositive();

		Map<String, Object> reply = Updates.message(group, "group", Updates.user(12, "es"),
				"¿y cuántos se registraron?");
		reply.put("reply_to_message",
				Map.of("message_id", 5, "date", 1_700_000_000, "chat", Map.of("id", group, "type", "group"), "from",
						Map.of("id", FakeBotApi.BOT_ID, "is_bot", true, "first_name", "Review"), "text", "…"));
		telegram.enqueue(Updates.json(Map.of("message", reply)));
		telegram.enqueue(Updates.groupText(group, 12, "/fechas@" + FakeBotApi.BOT_USERNAME));
		List<FakeBotApi.Call> more = telegram.awaitSent(group, 3);
		assertThat(more).hasSize(3);
		assertThat(more.get(2).text()).contains("28 de abril");
	}

	private static Map<String, Object> withSticker(Map<String, Object> message) {
		message.put("sticker", Map.of("file_id", "s1", "file_unique_id", "u1", "type", "regular", "width", 512,
				"height", 512, "is_animated", false, "is_video", false));
		return message;
	}

	@Test
	void htmlInTheQuestionNeverBreaksTheReply() {
		telegram.enqueue(Updates.privateText(1006, "es", "¿<b>Cuándo</b> fue la reunión & <script>alert(1)</script>?"));
		String text = telegram.awaitSent(1006, 1).get(0).text();
		String withoutAllowedTags = text.replaceAll("</?b>|<a href=\"[^\"<>]*\">|</a>", "");
		assertThat(withoutAllowedTags).doesNotContain("<").doesNotContain(">");
		assertThat(Pattern.compile("&(?!amp;|lt;|gt;|quot;)").matcher(text).find()).isFalse();
	}

	@Test
	void aStickerInAPrivateChatGetsATextOnlyReply() {
		telegram.enqueue(Updates.sticker(1007));
		assertThat(telegram.awaitSent(1007, 1).get(0).text())
			.isEqualTo(chat.corpus().telegram().textOnly().texts().get("es"));
	}

	@Test
	void aTooManyRequestsAnswerIsWaitedOutAndTheMessageSent() {
		telegram.failNext("sendMessage", 429,
				"{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}");
		telegram.enqueue(Updates.privateText(1008, "es", "¿Cuándo fue la reunión?"));
		FakeBotApi.Call sent = telegram.awaitSent(1008, 1).get(0);
		FakeBotApi.Call refused = telegram.calls("sendmessage")
			.stream()
			.filter(c -> c.status() == 429)
			.findFirst()
			.orElseThrow();
		assertThat(refused.chatId()).isEqualTo("1008");
		assertThat(Duration.between(refused.at(), sent.at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
		assertThat(sent.text()).contains("28 de abril");
	}

	@Test
	void aServerErrorIsRetriedAndTheMessageSent() {
		telegram.failNext("sendMessage", 502, "<html>Bad Gateway</html>");
		telegram.enqueue(Updates.privateText(1012, "es", "¿Cuándo fue la reunión?"));
		assertThat(telegram.awaitSent(1012, 1).get(0).text()).contains("28 de abril");
		assertThat(telegram.calls("sendmessage")).anySatisfy(c -> {
			assertThat(c.status()).isEqualTo(502);
			assertThat(c.chatId()).isEqualTo("1012");
		});
	}

	@Test
	void topicCommandsAnswerDirectlyAndTheLanguageCommandSwitchesTheChatsLanguage() throws Exception {
		telegram.enqueue(Updates.privateText(1009, "es", "/fechas"));
		assertThat(telegram.awaitSent(1009, 1).get(0).text()).contains("28 de abril");
		telegram.enqueue(Updates.privateText(1009, "es", "/idioma"));
		FakeBotApi.Call picker = telegram.awaitSent(1009, 2).get(1);
		assertThat(keyboard(picker).findValuesAsText("callback_data")).contains("lang:es", "lang:en", "lang:pt",
				"lang:fr");
		telegram.enqueue(Updates.press(1009, "es", asDelivered(picker), "lang:en"));
		assertThat(telegram.awaitSent(1009, 3).get(2).text())
			.isEqualTo(chat.corpus().telegram().languageChosen().texts().get("en"));
		telegram.enqueue(Updates.privateText(1009, "es", "/dates"));
		assertThat(telegram.awaitSent(1009, 4).get(3).text()).contains("April");
	}

	@Test
	void afterChoosingEnglishASpanishQuestionIsUnderstoodAndAnsweredInEnglish() throws Exception {
		telegram.enqueue(Updates.privateText(1013, "es", "/idioma"));
		FakeBotApi.Call picker = telegram.awaitSent(1013, 1).get(0);
		telegram.enqueue(Updates.press(1013, "es", asDelivered(picker), "lang:en"));
		assertThat(telegram.awaitSent(1013, 2).get(1).text())
			.isEqualTo(chat.corpus().telegram().languageChosen().texts().get("en"));
		telegram.enqueue(Updates.privateText(1013, "es", "¿Cuándo fue la reunión?"));
		String answer = telegram.awaitSent(1013, 3).get(2).text();
		assertThat(answer).contains("April")
			.contains("2021")
			.doesNotContain("abril")
			.doesNotContain(chat.corpus().messages().fallback().texts().get("en"));
	}

	@Test
	void helpListsTheCommandsInTheUsersLanguage() {
		telegram.enqueue(Updates.privateText(1010, "fr", "/aide"));
		String help = telegram.awaitSent(1010, 1).get(0).text();
		assertThat(help).startsWith(TelegramHtml.escape(chat.corpus().telegram().help().texts().get("fr")))
			.contains("/dates")
			.contains("/langue");
	}

	@Test
	void theCommandMenuIsRegisteredInEveryLanguage() {
		List<FakeBotApi.Call> menus = FakeBotApi.await(() -> telegram.calls("setmycommands"), l -> l.size() >= 5,
				Duration.ofSeconds(20));
		assertThat(menus).extracting(c -> c.json().path("language_code").asText(""))
			.contains("es", "en", "pt", "fr", "");
		assertThat(menus).filteredOn(c -> c.json().path("language_code").asText("").equals("es"))
			.first()
			.satisfies(c -> assertThat(c.json().path("commands").findValuesAsText("command")).contains("fechas",
					"idioma"));
	}

	@Test
	void theTokenNeverAppearsInTheLog(CapturedOutput output) {
		telegram.failNext("sendMessage", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request\"}");
		telegram.enqueue(Updates.privateText(1011, "es", "hola"));
		FakeBotApi.await(() -> telegram.calls("sendmessage").stream().filter(c -> c.chatId().equals("1011")).count(),
				n -> n >= 1, Duration.ofSeconds(20));
		FakeBotApi.await(output::getAll, o -> o.contains("Telegram refused sendmessage"), Duration.ofSeconds(5));
		assertThat(output.getAll()).doesNotContain(TOKEN).doesNotContain("1011");
	}

}
