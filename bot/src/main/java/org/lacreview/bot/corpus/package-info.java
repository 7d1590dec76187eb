/**
 * Published corpus versions: archives in the database, building a candidate beside the
 * live one, publishing, rollback; and the intent models those builds train, kept in the
 * database so that a later build of the same examples (a restart, a rollback, another
 * instance) loads rather than trains ({@code JdbcTrainedModels}, and
 * {@code EarlyTrainedModels} for the build that starts before Spring's connection pool).
 */
package org.lacreview.bot.corpus;
