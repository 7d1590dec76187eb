package org.lacreview.bot.support;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops the PostgreSQL databases the tests of this JVM created ({@link TestPostgres})
 * once every test has run. Registered with the JUnit Platform through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}, so it runs
 * in every Surefire and Failsafe fork whatever tests it ran.
 */
public final class DropTestDatabases implements TestExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(DropTestDatabases.class);

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		int dropped = TestPostgres.dropCreated();
		if (dropped > 0) {
			log.info("dropped {} test databases", dropped);
		}
	}

}
