package nl.naast.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.shared.Ids;

/** The organisations professionals work for. Kept by administrators. */
@Service
public class Organisations {

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	Organisations(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Organisation> all() {
		return jdbc.sql("SELECT id, name, kind FROM organisation ORDER BY name")
			.query((rs, n) -> new Organisation(rs.getObject("id", UUID.class), rs.getString("name"),
					OrganisationKind.valueOf(rs.getString("kind"))))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Organisation> find(UUID id) {
		return jdbc.sql("SELECT id, name, kind FROM organisation WHERE id = ?")
			.param(id)
			.query((rs, n) -> new Organisation(rs.getObject("id", UUID.class), rs.getString("name"),
					OrganisationKind.valueOf(rs.getString("kind"))))
			.optional();
	}

	@Transactional
	public Organisation create(String name, OrganisationKind kind) {
		UUID id = Ids.next();
		jdbc.sql("INSERT INTO organisation (id, name, name_key, kind, created_at, version) VALUES (?, ?, ?, ?, ?, 0)")
			.params(id, name.strip(), name.strip().toLowerCase(java.util.Locale.ROOT), kind.name(),
					java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
			.update();
		return new Organisation(id, name.strip(), kind);
	}

	@Transactional(readOnly = true)
	public boolean nameTaken(String name) {
		return jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name_key = ?")
			.param(name.strip().toLowerCase(java.util.Locale.ROOT))
			.query(Long.class)
			.single() > 0;
	}

}
