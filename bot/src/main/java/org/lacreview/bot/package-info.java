/** The Spring Boot application that serves the chatbot's channels. */
package org.lacreview.bot;
