package org.lacreview.bot.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a JSON string, or null, and nothing else: Jackson would otherwise take
 * {@code {"message": 12}} as the text "12" and {@code true} as "true". Anything else
 * fails the body, answered 400 naming the field.
 */
final class StrictString extends ValueDeserializer<String> {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.hasToken(JsonToken.VALUE_STRING)) {
			return parser.getString();
		}
		return (String) context.handleUnexpectedToken(String.class, parser);
	}

}
