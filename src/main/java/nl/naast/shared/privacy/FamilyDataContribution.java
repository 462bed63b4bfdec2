package nl.naast.shared.privacy;

import java.util.List;

/**
 * A module's part of a family's export (GDPR article 15). Implementations read in bulk: a
 * fixed number of queries per family, each filtered on {@code family_id}, however many
 * rows the family has. They return every row of the family they keep, and none of another
 * family; they never authorise: the privacy module has done that and recorded the export
 * before it asks.
 */
public interface FamilyDataContribution {

	/** Where the sections stand in the export, lowest first. */
	int order();

	/** The sections for this family, limited to the parts the subject may see. */
	List<FamilyDataSection> sections(FamilySubject subject);

}
