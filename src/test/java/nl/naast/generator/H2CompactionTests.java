package nl.naast.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2CompactionTests {

	@TempDir
	Path directory;

	@Test
	void aFileDatabaseShrinksAndKeepsItsRows() throws Exception {
		String url = "jdbc:h2:file:" + directory.resolve("bulk") + ";WRITE_DELAY=0";
		JdbcDataSource file = dataSource(url);
		try (Connection connection = file.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("CREATE TABLE row_data (id INT PRIMARY KEY, text VARCHAR(200))");
			// many small commits, then most rows gone: a file full of gaps
			for (int i = 0; i < 200; i++) {
				sql.execute(
						"INSERT INTO row_data SELECT x + " + i * 100 + ", REPEAT('x', 200) FROM SYSTEM_RANGE(1, 100)");
			}
			sql.execute("DELETE FROM row_data WHERE id > 100");
		}
		Path store = directory.resolve("bulk.mv.db");
		long before = Files.size(store);

		assertThat(H2Compaction.compact(url, "sa", "")).isPresent();

		assertThat(Files.size(store)).isLessThan(before / 2);
		try (Connection connection = file.getConnection();
				ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM row_data")) {
			rows.next();
			assertThat(rows.getInt(1)).isEqualTo(100);
		}
	}

	@Test
	void anInMemoryDatabaseIsLeftAlone() throws Exception {
		String url = "jdbc:h2:mem:compaction;DB_CLOSE_DELAY=-1";
		JdbcDataSource memory = dataSource(url);
		try (Connection connection = memory.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("CREATE TABLE kept (id INT PRIMARY KEY)");
			sql.execute("INSERT INTO kept VALUES (1)");
		}

		assertThat(H2Compaction.compact(url, "sa", "")).isEmpty();

		try (Connection connection = memory.getConnection();
				ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM kept")) {
			rows.next();
			assertThat(rows.getInt(1)).isEqualTo(1);
		}
	}

	private static JdbcDataSource dataSource(String url) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(url);
		dataSource.setUser("sa");
		return dataSource;
	}

}
