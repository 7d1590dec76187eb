/**
 * The shared draft: a working copy of a corpus version kept in the database, edited piece
 * by piece (an intent, the bot's sentences, a section) with optimistic locking, validated
 * on every edit, tried, compared with the live version and published through the same
 * gate as an upload. Editing goes through the engine's file editors
 * ({@code IntentFileEditor}, {@code TextsFileEditor}), so the draft stays a corpus folder
 * staff can download.
 */
package org.lacreview.bot.draft;
