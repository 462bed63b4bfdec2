package nl.naast.reporting;

import java.util.List;

/**
 * A module's part of the managers' overview. Implementations count in bulk (no query per
 * family) and return figures only: no family ids, no family names, nothing to click
 * through to a family. Groups of fewer than {@link Reports#MIN_GROUP} are withheld by
 * {@link Reports}, whatever the contribution says.
 */
public interface ReportContribution {

	/** Where the sections stand on the page, lowest first. */
	int order();

	/** The sections, computed now. */
	List<ReportSection> sections();

}
