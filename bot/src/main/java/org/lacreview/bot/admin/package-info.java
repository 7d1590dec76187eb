/**
 * Staff tools behind the admin token: publishing and rolling back corpus versions, trying
 * questions, reports.
 */
package org.lacreview.bot.admin;
