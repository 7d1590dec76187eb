/**
 * Published corpus versions: archives in the database, building a candidate beside the
 * live one, publishing, rollback; and the intent models those builds train, kept in the
 * database so that a later build of the same examples (a restart, a rollback, another
 * instance) loads rather than trains ({@code JdbcTrainedModels}, and
 * {@code EarlyTrainedModels} for the build that starts before Spring's connection pool).
 * The build ships the bundled corpus's intent model ({@code ShippedTrainedModels}) and
 * golden score ({@link org.lacreview.bot.corpus.ShippedGoldenScores}), so that a first
 * start neither trains nor runs the golden tests.
 */
package org.lacreview.bot.corpus;
