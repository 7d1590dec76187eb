package org.lacreview.bot.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

@OnPostgres
class TestPostgresTests {

	private static boolean exists(String name) throws SQLException {
		try (Connection connection = DriverManager.getConnection(TestPostgres.URL, TestPostgres.USER,
				TestPostgres.PASSWORD);
				PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			query.setString(1, name);
			try (ResultSet found = query.executeQuery()) {
				return found.next();
			}
		}
	}

	@Test
	void aDatabaseATestCreatedIsDroppedEvenWhileAConnectionIsOpen() throws SQLException {
		String url = TestPostgres.newDatabase();
		String name = url.substring(url.lastIndexOf('/') + 1);
		assertThat(exists(name)).isTrue();

		try (Connection open = DriverManager.getConnection(url, TestPostgres.USER, TestPostgres.PASSWORD)) {
			TestPostgres.drop(name);
		}

		assertThat(exists(name)).isFalse();
	}

}
