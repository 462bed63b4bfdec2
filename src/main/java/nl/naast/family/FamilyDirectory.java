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

	@Transactional
	public Slice<FamilySummary> page(String query, PageRequest page) {
		Slice<FamilySummary> result = families.directory(query, page);
		access.recordListed(result.items().stream().map(FamilySummary::id).toList(), "family.directory");
		return result;
	}

}
