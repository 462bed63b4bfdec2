package nl.naast.family;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.FamilyAccess;
import nl.naast.shared.PageRequest;
import nl.naast.shared.Slice;

/**
 * Family names for dividing the caseload. Administrators see names and numbers of
 * children, never the file; each family shown is recorded in its audit trail.
 */
@Service
public class FamilyDirectory {

	private final FamilyRepository families;

	private final FamilyAccess access;

	FamilyDirectory(FamilyRepository families, FamilyAccess access) {
		this.families = families;
		this.access = access;
	}

	/**
	 * A family's name, for pages whose own access check has passed (the team page, an
	 * invitation to the family's team).
	 */
	@Transactional(readOnly = true)
	public String name(java.util.UUID familyId) {
		return families.find(familyId)
			.map(Family::name)
			.orElseThrow(() -> new nl.naast.shared.NotFoundException("No family"));
	}

	@Transactional
	public Slice<FamilySummary> page(String query, PageRequest page) {
		Slice<FamilySummary> result = families.directory(query, page);
		access.recordListed(result.items().stream().map(FamilySummary::id).toList(), "family.directory");
		return result;
	}

	/**
	 * Families whose name contains the query, names only. The caller shows some of them
	 * and records those it shows.
	 */
	@Transactional(readOnly = true)
	public java.util.List<FamilySummary> matching(String query, int limit) {
		return families.directory(query, new PageRequest(0, limit)).items();
	}

}
