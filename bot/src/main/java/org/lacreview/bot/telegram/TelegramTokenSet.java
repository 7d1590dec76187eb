package org.lacreview.bot.telegram;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Telegram runs only when a bot token is configured. */
class TelegramTokenSet extends SpringBootCondition {

	static final String PROPERTY = "chatbot.telegram.token";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		boolean set = StringUtils.hasText(context.getEnvironment().getProperty(PROPERTY));
		return new ConditionOutcome(set, set ? "a Telegram bot token is set" : "no Telegram bot token is set");
	}

	/** The opposite: no token, no Telegram. */
	static class Missing extends NoneNestedConditions {

		Missing() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@Conditional(TelegramTokenSet.class)
		static class TokenSet {

		}

	}

}
