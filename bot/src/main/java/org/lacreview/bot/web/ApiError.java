package org.lacreview.bot.web;

/**
 * The JSON body of every 4xx reply: a machine-readable code and a sentence saying what is
 * wrong.
 */
record ApiError(int status, String error, String message) {
}
