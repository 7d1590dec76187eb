/** Published corpus versions: archives in the database, building a candidate beside the live one, publishing, rollback. */
package org.lacreview.bot.corpus;
