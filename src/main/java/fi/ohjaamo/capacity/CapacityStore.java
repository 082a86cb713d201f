package fi.ohjaamo.capacity;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.portfolio.ResourceParty;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The capacity table, the grid's version and the kept changes, in plain SQL. */
@Component
class CapacityStore {

	private final JdbcClient jdbc;

	CapacityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every capacity the organisation has set, per party and quarter. */
	Map<Party, Map<Quarter, BigDecimal>> capacities(UUID organisationId) {
		var result = new HashMap<Party, Map<Quarter, BigDecimal>>();
		jdbc.sql("""
				select party_key, service_area_id, year_no, quarter_no, person_days from capacity
				where organisation_id = :org
				""").param("org", organisationId).query(rs -> {
			result.computeIfAbsent(partyOf(rs), p -> new HashMap<>())
				.put(new Quarter(rs.getInt("year_no"), rs.getInt("quarter_no")), rs.getBigDecimal("person_days"));
		});
		return result;
	}

	long version(UUID organisationId) {
		return jdbc.sql("select version from capacity_plan where organisation_id = :org")
			.param("org", organisationId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/** Raises the version if it still is {@code expected}; false when someone else saved meanwhile. */
	boolean raiseVersion(UUID organisationId, long expected) {
		if (expected == 0) {
			return jdbc.sql("""
					insert into capacity_plan (organisation_id, version)
					select :org, 1 where not exists (select 1 from capacity_plan where organisation_id = :org)
					""").param("org", organisationId).update() == 1;
		}
		return jdbc.sql("update capacity_plan set version = version + 1 where organisation_id = :org and version = :v")
			.param("org", organisationId)
			.param("v", expected)
			.update() == 1;
	}

	void put(UUID organisationId, Party party, Quarter quarter, @Nullable BigDecimal days) {
		jdbc.sql("delete from capacity where organisation_id = :org and party_key = :key and year_no = :y and quarter_no = :q")
			.param("org", organisationId).param("key", keyOf(party)).param("y", quarter.year()).param("q", quarter.quarter())
			.update();
		if (days != null) {
			jdbc.sql("""
					insert into capacity (organisation_id, party_key, service_area_id, year_no, quarter_no, person_days)
					values (:org, :key, :area, :y, :q, :days)
					""").param("org", organisationId).param("key", keyOf(party)).param("area", party.serviceAreaId())
				.param("y", quarter.year()).param("q", quarter.quarter()).param("days", days)
				.update();
		}
	}

	void keep(UUID organisationId, CapacityChange change) {
		jdbc.sql("""
				insert into capacity_change (id, organisation_id, party_key, service_area_id, year_no, quarter_no,
				    old_days, new_days, author_id, author_name, changed_at)
				values (:id, :org, :key, :area, :y, :q, :old, :new, :author, :name, :at)
				""").param("id", UUID.randomUUID()).param("org", organisationId).param("key", keyOf(change.party()))
			.param("area", change.party().serviceAreaId()).param("y", change.quarter().year())
			.param("q", change.quarter().quarter()).param("old", change.before()).param("new", change.after())
			.param("author", change.authorId()).param("name", change.authorName())
			.param("at", Timestamp.from(change.changedAt()))
			.update();
	}

	List<CapacityChange> latestChanges(UUID organisationId, int limit) {
		return jdbc.sql("""
				select party_key, service_area_id, year_no, quarter_no, old_days, new_days, author_id, author_name,
				       changed_at
				from capacity_change where organisation_id = :org order by changed_at desc, id
				fetch first %d rows only
				""".formatted(limit)).param("org", organisationId).query((rs, n) -> new CapacityChange(partyOf(rs),
				new Quarter(rs.getInt("year_no"), rs.getInt("quarter_no")), rs.getBigDecimal("old_days"),
				rs.getBigDecimal("new_days"), rs.getObject("author_id", UUID.class), rs.getString("author_name"),
				rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	private static Party partyOf(ResultSet rs) throws SQLException {
		UUID area = rs.getObject("service_area_id", UUID.class);
		return area == null ? Party.IT : new Party(ResourceParty.SERVICE_AREA, area);
	}

	private static String keyOf(Party party) {
		return party.isIt() ? "IT" : String.valueOf(party.serviceAreaId());
	}

}
