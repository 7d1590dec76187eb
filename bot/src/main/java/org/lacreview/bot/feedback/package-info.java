/** Users' 👍/👎 on answers, kept for staff. */
package org.lacreview.bot.feedback;
