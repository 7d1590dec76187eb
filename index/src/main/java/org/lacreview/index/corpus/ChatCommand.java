package org.lacreview.index.corpus;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A command of the Telegram bot ({@code /fechas}): its name in each language, what it is
 * described as in the command menu, and either the intent it answers or one of the bot's
 * own {@link #ACTIONS}.
 */
public record ChatCommand(Map<String, String> names, Localized description, Optional<String> intent,
		Optional<String> action, Location location) {

	/**
	 * What a command can do besides answering an intent: show the help, let the user pick
	 * a language.
	 */
	public static final Set<String> ACTIONS = Set.of("help", "language");

	/** Telegram's rule for command names. */
	public static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,32}");

	public ChatCommand {
		names = Map.copyOf(names);
		if (intent.isPresent() == action.isPresent()) {
			throw new IllegalArgumentException("a command needs either an intent or an action: " + names);
		}
		action.filter(a -> !ACTIONS.contains(a)).ifPresent(a -> {
			throw new IllegalArgumentException("unknown action '" + a + "'; expected one of " + ACTIONS);
		});
		names.values().stream().filter(n -> !NAME.matcher(n).matches()).findFirst().ifPresent(n -> {
			throw new IllegalArgumentException(
					"a command name is 1 to 32 lower-case letters, digits or _: '" + n + "'");
		});
	}

	/** Whether {@code name} (without the slash) is this command in any language. */
	public boolean isCalled(String name) {
		return names.containsValue(name);
	}
}
