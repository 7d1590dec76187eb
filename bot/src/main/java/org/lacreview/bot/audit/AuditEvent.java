package org.lacreview.bot.audit;

import java.time.Instant;

/**
 * One change staff made.
 *
 * @param actor the staff account (or "token" for the admin token) that made it
 * @param action what kind of change: "draft.intent.put", "draft.publish",
 * "corpus.rollback"…
 * @param target what it changed: an intent's name, a version number, a file
 * @param detail a short human description, at most 2,000 characters
 */
public record AuditEvent(Instant at, String actor, String action, String target, String detail) {
}
