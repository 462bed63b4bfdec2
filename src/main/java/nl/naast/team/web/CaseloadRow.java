package nl.naast.team.web;

import java.util.List;

import nl.naast.family.FamilySummary;

/** A family with its coordinators, on the caseload page. */
public record CaseloadRow(FamilySummary family, List<Assigned> coordinators, List<Assigned> available) {
}
