package org.lacreview.bot.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fresh, empty databases on the PostgreSQL server that {@code .ci/postgres} starts on
 * 127.0.0.1 (role and database {@code chatbot_test}; override with
 * {@code CHATBOT_TEST_PG_URL}, {@code _USER}, {@code _PASSWORD}).
 */
public final class TestPostgres {

	static final String URL = env("CHATBOT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/chatbot_test");

	public static final String USER = env("CHATBOT_TEST_PG_USER", "chatbot_test");

	public static final String PASSWORD = env("CHATBOT_TEST_PG_PASSWORD", "chatbot_test");

	/** The databases this test JVM created and has not dropped yet. */
	private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

	private TestPostgres() {
	}

	/** Creates an empty database and returns its JDBC URL. */
	public static String newDatabase() {
		String name = "t_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
			CREATED.add(name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("no PostgreSQL server at " + URL + " for user " + USER
					+ ": run .ci/postgres (it installs and starts one) — " + ex.getMessage(), ex);
		}
		return URL.substring(0, URL.lastIndexOf('/') + 1) + name;
	}

	/**
	 * Drops every database {@link #newDatabase()} created in this JVM and has not dropped
	 * yet; {@link DropTestDatabases} calls it when the test plan ends, so a run leaves
	 * the server as it found it.
	 * @return how many were dropped
	 */
	static int dropCreated() {
		List<String> names = List.copyOf(CREATED);
		names.forEach(TestPostgres::drop);
		return names.size();
	}

	/**
	 * Drops database {@code name}, closing what still connects to it
	 * ({@code with (force)}, PostgreSQL 13+).
	 * @throws IllegalStateException when the server refuses
	 */
	static void drop(String name) {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			CREATED.remove(name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not drop the test database " + name + ": " + ex.getMessage(), ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
