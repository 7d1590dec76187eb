package org.lacreview.bot.chat;

import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.lacreview.index.Answer;
import org.lacreview.index.AnswerEngine;
import org.lacreview.index.DialogState;
import org.lacreview.index.LanguageHints;
import org.lacreview.index.Reply;
import org.lacreview.index.corpus.Corpus;

/**
 * Answers a question within its session: reads the session's context, asks the live
 * engine, keeps the new context. Every channel (web chat, Telegram) calls this.
 */
public class ChatService {

	private final LiveEngine engine;

	private final ConversationStore conversations;

	private final QuestionLog questions;

	private final ChatMetrics metrics;

	/**
	 * Replies already computed, by corpus version, question, language and conversation
	 * state: the engine is deterministic, and the same questions come again and again (a
	 * link shared in a large group). Bounded in number ({@code chatbot.answer-cache}) and
	 * bytes ({@code chatbot.memory.answers}).
	 */
	private final Cache<Asked, Reply> replies;

	private final ChatSettings settings;

	/** What a reply depends on. */
	private record Asked(long version, String message, LanguageHints hints, DialogState previous) {

		long bytes() {
			return 48 + Footprint.of(message) + Footprint.of(hints.chosen()) + Footprint.of(hints.channel())
					+ Footprint.of(previous);
		}
	}

	/**
	 * Recent answers by message id, for attributing feedback: bounded in number like
	 * conversations and in bytes ({@code chatbot.memory.answered}); each keeps only the
	 * start of its question.
	 */
	private final Cache<String, AnsweredMessage> answered;

	ChatService(LiveEngine engine, ConversationStore conversations, QuestionLog questions, ChatMetrics metrics,
			ChatSettings settings) {
		this.engine = engine;
		this.conversations = conversations;
		this.questions = questions;
		this.metrics = metrics;
		this.settings = settings;
		ChatSettings.Memory memory = settings.memory();
		this.replies = Caffeine.newBuilder()
			.maximumWeight(memory.answers().toBytes())
			.weigher(Footprint.atLeast(memory.answers().toBytes() / Math.max(1, settings.answerCache()),
					ChatService::replyBytes))
			.expireAfterAccess(java.time.Duration.ofHours(1))
			.build();
		this.answered = Caffeine.newBuilder()
			.maximumWeight(memory.answered().toBytes())
			.weigher(
					Footprint.atLeast(memory.answered().toBytes() / settings.maxSessions(), ChatService::answeredBytes))
			.expireAfterWrite(settings.sessionIdle())
			.build();
	}

	/**
	 * Answers within the session and returns the answer with the id feedback can refer
	 * to.
	 * @param asker the channel and client, for the unanswered-question log's per-client
	 * cap
	 * @param language the channel's hint (the web API's {@code language} field, the
	 * widget's {@code data-lang}): the reply's language only when neither the question
	 * nor the conversation tells, never an override of a question clearly written in
	 * another language
	 */
	public Answered ask(Asker asker, String sessionId, String message, Optional<String> language) {
		return ask(asker, sessionId, message, LanguageHints.channel(language));
	}

	/** The web chat's name in the unanswered-question log. */
	public static final String WEB = "web";

	/**
	 * As {@link #ask(Asker, String, String, Optional)}, for a channel that knows more of
	 * the asker's language: Telegram's language command is
	 * {@link LanguageHints#chosen()}, its app's {@code language_code} the channel's hint.
	 */
	public Answered ask(Asker asker, String sessionId, String message, LanguageHints hints) {
		long start = System.nanoTime();
		DialogState previous = conversations.find(sessionId).orElse(DialogState.EMPTY);
		LiveEngine.Live live = engine.live();
		Reply reply = settings.answerCache() == 0 ? live.engine().answer(message, hints, previous)
				: replies.get(new Asked(live.version(), message, hints, previous),
						k -> live.engine().answer(message, hints, previous));
		Answered answered = remember(sessionId, message, reply);
		questions.answered(asker, message, answered.answer());
		metrics.answered(asker.channel(), answered.answer(), System.nanoTime() - start);
		return answered;
	}

	/**
	 * The answer of a topic (an intent by name, as a menu command asks it), continuing
	 * the session.
	 */
	public Answered askTopic(String sessionId, String intent, String language) {
		DialogState previous = conversations.find(sessionId).orElse(DialogState.EMPTY);
		Reply reply = engine.current().answerIntent(intent, language, previous);
		return remember(sessionId, reply.state().question().orElse(intent), reply);
	}

	private Answered remember(String sessionId, String question, Reply reply) {
		conversations.save(sessionId, reply.state());
		String messageId = UUID.randomUUID().toString();
		answered.put(messageId, AnsweredMessage.of(question, reply.answer().intent(), reply.answer().language()));
		return new Answered(messageId, reply.answer());
	}

	/** An answer and the id under which it was given. */
	public record Answered(String messageId, Answer answer) {
	}

	/** The answer given under {@code messageId}, while it is remembered. */
	public Optional<AnsweredMessage> answered(String messageId) {
		return Optional.ofNullable(answered.getIfPresent(messageId));
	}

	private static long replyBytes(Asked asked, Reply reply) {
		return Footprint.CACHE_ENTRY + asked.bytes() + Footprint.of(reply);
	}

	private static long answeredBytes(String messageId, AnsweredMessage message) {
		return Footprint.CACHE_ENTRY + Footprint.of(messageId) + message.bytes();
	}

	/**
	 * The bytes the answer cache and the answers kept for feedback are estimated to take,
	 * after pending evictions.
	 */
	long bytes() {
		return Footprint.total(replies, ChatService::replyBytes)
				+ Footprint.total(answered, ChatService::answeredBytes);
	}

	/** The languages the live corpus answers in, default first. */
	public java.util.List<String> languages() {
		return corpus().info().languages();
	}

	/** The engine serving now; it may be replaced between two calls. */
	public AnswerEngine engine() {
		return engine.current();
	}

	/** The corpus being served now; it may be replaced between two calls. */
	public Corpus corpus() {
		return engine.current().corpus();
	}

}
