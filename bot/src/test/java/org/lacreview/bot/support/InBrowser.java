package org.lacreview.bot.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test class that drives headless Chromium ({@link Browser}). Tagged {@value #TAG}:
 * Maven runs it in the integration-test phase (Failsafe), not with the unit tests
 * (Surefire); both are part of {@code ./mvnw verify}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(InBrowser.TAG)
public @interface InBrowser {

	/** The JUnit tag, named in the POM's Surefire and Failsafe configuration. */
	String TAG = "browser";

}
