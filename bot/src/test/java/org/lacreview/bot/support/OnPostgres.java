package org.lacreview.bot.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test (class or method) that needs the PostgreSQL server ({@link TestPostgres}).
 * Tagged {@value #TAG}: Maven runs it in the integration-test phase (Failsafe), not with
 * the unit tests (Surefire); both are part of {@code ./mvnw verify}.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Tag(OnPostgres.TAG)
public @interface OnPostgres {

	/** The JUnit tag, named in the POM's Surefire and Failsafe configuration. */
	String TAG = "postgres";

}
