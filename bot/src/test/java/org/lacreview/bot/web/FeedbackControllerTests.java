package org.lacreview.bot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.lacreview.bot.chat.AnsweredMessage;
import org.lacreview.bot.chat.ChatService;
import org.lacreview.bot.chat.ChatSettings;
import org.lacreview.bot.feedback.Feedback;
import org.lacreview.bot.feedback.FeedbackSettings;
import org.lacreview.bot.feedback.FeedbackStore;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(FeedbackController.class)
// The controller's own checks; the app's security (admin token) is tested with the real
// app.
@AutoConfigureMockMvc(addFilters = false)
class FeedbackControllerTests {

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

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ChatService chat;

	@MockitoBean
	RateLimiter limiter;

	@MockitoBean
	FeedbackStore store;

	private void send(String body, org.springframework.test.web.servlet.ResultMatcher... expectations)
			throws Exception {
		var result = mvc.perform(post("/api/feedback").contentType(MediaType.APPLICATION_JSON).content(body));
		for (var expectation : expectations) {
			result.andExpect(expectation);
		}
	}

	@Test
	void feedbackOnAMessageIdKeepsTheServersQuestionAndIntent() throws Exception {
		given(chat.answered("m1")).willReturn(Optional.of(new AnsweredMessage("¿Cuándo fue?", "meeting_dates", "es")));
		send("{\"sessionId\":\"s1\",\"messageId\":\"m1\",\"question\":\"ignored\",\"helpful\":false,\"comment\":\" faltan datos \"}",
				status().isCreated(), jsonPath("$.status").value("recorded"));
		ArgumentCaptor<Feedback> saved = ArgumentCaptor.forClass(Feedback.class);
		verify(store).add(saved.capture());
		assertThat(saved.getValue().question()).isEqualTo("¿Cuándo fue?");
		assertThat(saved.getValue().intent()).contains("meeting_dates");
		assertThat(saved.getValue().helpful()).isFalse();
		assertThat(saved.getValue().comment()).contains("faltan datos");
	}

	@Test
	void feedbackByQuestionTextIsKeptWithoutAnIntent() throws Exception {
		send("{\"question\":\"¿Quién organizó?\",\"helpful\":true}", status().isCreated());
		ArgumentCaptor<Feedback> saved = ArgumentCaptor.forClass(Feedback.class);
		verify(store).add(saved.capture());
		assertThat(saved.getValue().intent()).isEmpty();
		assertThat(saved.getValue().question()).isEqualTo("¿Quién organizó?");
	}

	@Test
	void feedbackWithoutHelpfulOrWithoutAnythingToRateIsABadRequest() throws Exception {
		send("{\"question\":\"¿Quién organizó?\"}", status().isBadRequest(),
				jsonPath("$.detail").value("'helpful' must be true or false"));
		send("{\"helpful\":true}", status().isBadRequest(),
				jsonPath("$.detail").value("give the 'messageId' of a recent answer or the 'question' it answered"));
		send("{\"question\":\"q\",\"helpful\":true,\"comment\":\"" + "x".repeat(1001) + "\"}", status().isBadRequest());
		send("{\"helpful\": tru", status().isBadRequest(), jsonPath("$.error").value("malformed_json"));
		verifyNoInteractions(store);
	}

}
