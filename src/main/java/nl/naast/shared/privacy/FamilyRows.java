package nl.naast.shared.privacy;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads rows as column-to-value maps, for exports: every column the query selects, so a
 * new column is exported without anyone remembering to add it. Values become text,
 * numbers or booleans; times are ISO-8601 in UTC; binary content is never exported (files
 * are listed by name and checksum, and downloaded from their own page).
 */
public final class FamilyRows {

	private FamilyRows() {
	}

	public static List<Map<String, Object>> query(JdbcClient jdbc, String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(FamilyRows::row).list();
	}

	/** A section of the rows of one query. */
	public static FamilyDataSection section(JdbcClient jdbc, String key, String sql, Object... params) {
		return new FamilyDataSection(key, query(jdbc, sql, params));
	}

	public static Map<String, Object> row(ResultSet rs, int n) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			Object value = value(rs, i, meta.getColumnType(i));
			if (value != Skip.BINARY) {
				row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), value);
			}
		}
		return row;
	}

	private static Object value(ResultSet rs, int i, int type) throws SQLException {
		switch (type) {
			case java.sql.Types.TIMESTAMP_WITH_TIMEZONE, java.sql.Types.TIMESTAMP -> {
				Object at = rs.getObject(i);
				if (at == null) {
					return null;
				}
				if (at instanceof Timestamp t) {
					return t.toInstant().toString();
				}
				// an instant always with its seconds, the same on every database
				return rs.getObject(i, OffsetDateTime.class).toInstant().toString();
			}
			case java.sql.Types.DATE -> {
				java.sql.Date date = rs.getDate(i);
				return date == null ? null : date.toLocalDate().toString();
			}
			case java.sql.Types.BINARY, java.sql.Types.VARBINARY, java.sql.Types.LONGVARBINARY, java.sql.Types.BLOB -> {
				// some drivers report UUID columns as binary
				Object value = rs.getObject(i);
				return value == null ? null : value instanceof java.util.UUID id ? id.toString() : Skip.BINARY;
			}
			default -> {
				Object value = rs.getObject(i);
				if (value == null || value instanceof String || value instanceof Boolean) {
					return value;
				}
				if (value instanceof Number number) {
					return number instanceof java.math.BigDecimal big ? big.toPlainString() : number;
				}
				if (value instanceof Clob clob) {
					return clob.getSubString(1, (int) clob.length());
				}
				if (value instanceof Blob) {
					return Skip.BINARY;
				}
				return value.toString();
			}
		}
	}

	private enum Skip {

		BINARY

	}

}
