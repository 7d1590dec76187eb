/**
 * Staff accounts: named accounts with a role (editor, publisher, admin) and a hashed
 * password, the first admin created from the environment, signing in to the staff page
 * with a session cookie, and managing accounts.
 */
package org.lacreview.bot.admin.accounts;
