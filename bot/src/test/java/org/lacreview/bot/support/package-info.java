/**
 * Test support: whole app instances started in the test JVM ({@link RunningApp}), on the
 * bundled corpus or the mini one ({@link TestCorpora}), headless Chromium
 * ({@link Browser}), fresh PostgreSQL databases dropped when the run ends
 * ({@link TestPostgres}, {@link DropTestDatabases}), and the tags that send browser and
 * PostgreSQL tests to the integration-test phase ({@link InBrowser}, {@link OnPostgres}).
 */
package org.lacreview.bot.support;
