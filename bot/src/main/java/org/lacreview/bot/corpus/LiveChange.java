package org.lacreview.bot.corpus;

import java.time.Instant;

/**
 * A change of the live version, one row of the live pointer's history.
 *
 * @param version the version that became live
 * @param by the staff account or token that made the change ("unknown" for changes before
 * accounts)
 * @param reason "publish", "rollback", or "live before history was kept" for the row a
 * migration added
 */
public record LiveChange(long version, Instant at, String by, String reason) {
}
