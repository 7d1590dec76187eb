/** Tests of how the app behaves when what it depends on fails. */
package org.lacreview.bot.faults;
