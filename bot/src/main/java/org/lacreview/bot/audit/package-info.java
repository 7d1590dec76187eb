/**
 * The audit trail: who changed the corpus or the staff accounts, when, and what (staff
 * names only, never users').
 */
package org.lacreview.bot.audit;
