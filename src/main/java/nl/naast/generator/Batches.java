package nl.naast.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Batched inserts into several tables over one connection. When any table's batch is
 * full, every table is flushed in the order the tables were declared, so parent rows
 * always reach the database before rows that reference them.
 */
final class Batches implements AutoCloseable {

	private final Connection connection;

	private final int batchSize;

	private final List<Table> tables = new ArrayList<>();

	Batches(Connection connection, int batchSize) {
		this.connection = connection;
		this.batchSize = batchSize;
	}

	Table table(String name, String... columns) throws SQLException {
		String sql = "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
				+ String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
		Table table = new Table(name, connection.prepareStatement(sql), columns.length);
		tables.add(table);
		return table;
	}

	void flush() throws SQLException {
		for (Table table : tables) {
			table.flush();
		}
	}

	/** Rows written per table, in declaration order (after the last flush). */
	Map<String, Long> rows() {
		Map<String, Long> rows = new LinkedHashMap<>();
		tables.forEach(t -> rows.put(t.name, t.written + t.pending));
		return rows;
	}

	long total() {
		return tables.stream().mapToLong(t -> t.written + t.pending).sum();
	}

	@Override
	public void close() throws SQLException {
		for (Table table : tables) {
			table.statement.close();
		}
	}

	final class Table {

		private final String name;

		private final PreparedStatement statement;

		private final int columns;

		private int pending;

		private long written;

		private Table(String name, PreparedStatement statement, int columns) {
			this.name = name;
			this.statement = statement;
			this.columns = columns;
		}

		void add(Object... values) throws SQLException {
			if (values.length != columns) {
				throw new IllegalArgumentException(name + " takes " + columns + " values, got " + values.length);
			}
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			statement.addBatch();
			if (++pending >= batchSize) {
				Batches.this.flush();
			}
		}

		private void flush() throws SQLException {
			if (pending > 0) {
				statement.executeBatch();
				written += pending;
				pending = 0;
			}
		}

	}

}
