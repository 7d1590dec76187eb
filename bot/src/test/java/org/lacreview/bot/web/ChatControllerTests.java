package org.lacreview.bot.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.lacreview.bot.chat.Asker;
import org.lacreview.bot.chat.ChatService;
import org.lacreview.bot.chat.ChatSettings;
import org.lacreview.bot.feedback.FeedbackSettings;
import org.lacreview.index.Answer;
import org.lacreview.index.Source;
import org.lacreview.index.Trace;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ChatController.class)
// The controller's own checks; the app's security (admin token) is tested with the real
// app.
@AutoConfigureMockMvc(addFilters = false)
class ChatControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ChatService chat;

	@MockitoBean
	RateLimiter limiter;

	/** The slice does not scan settings records; the controller needs the chat limits. */
	@TestConfiguration
	@EnableConfigurationProperties({ ChatSettings.class, WebSettings.class, FeedbackSettings.class,
			RateLimitSettings.class })
	static class Settings {

		/**
		 * The filters are off here, but the one counting error responses is still
		 * created.
		 */
		@Bean
		MeterRegistry meters() {
			return new SimpleMeterRegistry();
		}

	}

	private static ChatService.Answered answered(Answer answer) {
		return new ChatService.Answered("m1", answer);
	}

	private static final Trace TRACE = new Trace("es", Map.of(), "", List.of(), List.of(), List.of(), "test");

	@Test
	void returnsTheAnswerWithItsSourcesAndSuggestions() throws Exception {
		given(chat.languages()).willReturn(List.of("es", "en"));
		given(chat.ask(eq(Asker.web("127.0.0.1")), eq("s1"), eq("¿Cuándo?"), eq(Optional.empty())))
			.willReturn(answered(new Answer("Del 26 al 28 de abril.", true, "meeting_dates", 0.87654, "es",
					List.of(new Source("resumen", "Resumen", "https://example.org")), List.of("¿Quién organizó?"),
					TRACE)));
		mvc.perform(post("/api/chat").contentType(MediaType.APPLICATION_JSON)
			.content("{\"sessionId\":\"s1\",\"message\":\"¿Cuándo?\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answer").value("Del 26 al 28 de abril."))
			.andExpect(jsonPath("$.answered").value(true))
			.andExpect(jsonPath("$.intent").value("meeting_dates"))
			.andExpect(jsonPath("$.confidence").value(0.877))
			.andExpect(jsonPath("$.language").value("es"))
			.andExpect(jsonPath("$.sources[0].id").value("resumen"))
			.andExpect(jsonPath("$.sources[0].url").value("https://example.org"))
			.andExpect(jsonPath("$.suggestions[0]").value("¿Quién organizó?"))
			.andExpect(jsonPath("$.sessionId").value("s1"))
			.andExpect(jsonPath("$.messageId").value("m1"));
	}

	@Test
	void aMissingSessionIdGetsANewOne() throws Exception {
		given(chat.ask(any(), any(), eq("hola"), eq(Optional.empty())))
			.willReturn(answered(new Answer("¡Hola!", true, "greeting", 1, "es", List.of(), List.of(), TRACE)));
		mvc.perform(post("/api/chat").contentType(MediaType.APPLICATION_JSON).content("{\"message\":\"hola\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sessionId").isNotEmpty());
	}

	@Test
	void aBlankMessageIsABadRequest() throws Exception {
		mvc.perform(post("/api/chat").contentType(MediaType.APPLICATION_JSON)
			.content("{\"sessionId\":\"s\",\"message\":\"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("bad_request"))
			.andExpect(jsonPath("$.detail").value("'message' is missing or blank"));
		mvc.perform(post("/api/chat").contentType(MediaType.APPLICATION_JSON).content("{\"sessionId\":\"s\"}"))
			.andExpect(status().isBadRequest());
		verifyNoInteractions(chat);
	}

	@Test
	void aMessageOverTheLimitIsABadRequest() throws Exception {
		mvc.perform(post("/api/chat").contentType(MediaType.APPLICATION_JSON)
			.content("{\"sessionId\":\"s\",\"message\":\"" + "a".repeat(1001) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("'message' is longer than 1000 characters"));
		verifyNoInteractions(chat);
	}

	@Test
	void malformedJsonIsABadRequestWithAJsonBody() throws Exception {
		mvc.perform(post("/api/chat").contentType(MediaType.APPLICATION_JSON).content("{\"message\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("malformed_json"));
		mvc.perform(post("/api/chat").contentType(MediaType.APPLICATION_JSON).content("[1,2]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("malformed_json"));
	}

	@Test
	void aWrongContentTypeIsUnsupported() throws Exception {
		mvc.perform(post("/api/chat").contentType(MediaType.TEXT_PLAIN).content("hola"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.error").value("unsupported_media_type"));
	}

	@Test
	void anUnsafeSessionIdIsABadRequest() throws Exception {
		mvc.perform(post("/api/chat").contentType(MediaType.APPLICATION_JSON)
			.content("{\"sessionId\":\"<script>\",\"message\":\"hola\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("'sessionId' must be 1 to 100 letters, digits or . _ : -"));
	}

	@Test
	void anUnknownLanguageIsABadRequest() throws Exception {
		given(chat.languages()).willReturn(List.of("es", "en"));
		mvc.perform(post("/api/chat").contentType(MediaType.APPLICATION_JSON)
			.content("{\"sessionId\":\"s\",\"message\":\"hola\",\"language\":\"de\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("'language' must be one of [es, en], not 'de'"));
	}

	@Test
	void getIsNotAllowed() throws Exception {
		mvc.perform(get("/api/chat"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(jsonPath("$.error").value("method_not_allowed"));
	}

	@Test
	void aClientOverItsLimitGetsTooManyRequestsWithRetryAfter() throws Exception {
		org.mockito.Mockito
			.doThrow(new RateLimitedException("too many requests from this conversation; try again in 7 s", 7))
			.when(limiter)
			.acquire(org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.eq("busy"));
		mvc.perform(post("/api/chat").contentType(MediaType.APPLICATION_JSON)
			.content("{\"sessionId\":\"busy\",\"message\":\"hola\"}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "7"))
			.andExpect(jsonPath("$.error").value("rate_limited"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("7 s")));
		org.mockito.Mockito.verifyNoInteractions(chat);
	}

}
