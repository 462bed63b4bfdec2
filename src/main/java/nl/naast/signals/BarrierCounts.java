package nl.naast.signals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.naast.reporting.BarChart;
import nl.naast.reporting.BarChart.Bar;
import nl.naast.reporting.ReportRow;
import nl.naast.reporting.Reports;
import nl.naast.reporting.Suppression;
import nl.naast.reporting.Suppression.Group;

/**
 * Barriers counted by category, month and organisation, with the same suppression as the
 * managers' overview: a count of 1 to 4 is withheld, and so is whatever would let it be
 * worked out from a total (see {@link Suppression}). Categories and months both add up to
 * the number of barriers, which is shown when that gives nothing away; the organisations
 * outside the ten most frequent add up to the "other organisations" bar.
 *
 * @param total how many barriers in all, or null when it is withheld
 */
record BarrierCounts(List<ReportRow> perCategory, List<ReportRow> perMonth, List<ReportRow> perOrganisation,
		ReportRow otherOrganisations, Long total) {

	/** The key of the total that categories and months add up to. */
	static final String BARRIERS = "barriers";

	static final String OTHER_ORGANISATIONS = "other-organisations";

	static BarrierCounts of(Map<Category, Long> categories, Map<LocalDate, Long> months, LocalDate from,
			LocalDate thisMonth, List<Bar> organisations, Function<LocalDate, String> monthLabel) {
		List<ReportRow> perCategory = Arrays.stream(Category.values())
			.map(c -> ReportRow.count("signals.category." + c.name(), true, categories.getOrDefault(c, 0L)))
			.toList();
		List<ReportRow> perMonth = new ArrayList<>();
		for (LocalDate month = from; !month.isAfter(thisMonth); month = month.plusMonths(1)) {
			perMonth.add(ReportRow.count(monthLabel.apply(month), false, months.getOrDefault(month, 0L)));
		}
		long total = perCategory.stream().mapToLong(ReportRow::basis).sum();
		List<ReportRow> perOrganisation = organisations.stream()
			.map(b -> ReportRow.count(b.label(), false, b.value()))
			.toList();
		List<ReportRow> top = perOrganisation.subList(0, Math.min(Signals.TOP_ORGANISATIONS, perOrganisation.size()));
		List<ReportRow> rest = perOrganisation.subList(top.size(), perOrganisation.size());
		Suppression.Outcome outcome = Suppression.apply(List.of(group(BARRIERS, perCategory, true),
				group(BARRIERS, perMonth, true), group(OTHER_ORGANISATIONS, rest, !rest.isEmpty())));
		List<ReportRow> shownTop = top.stream().map(r -> Reports.tooSmall(r.basis()) ? r.withhold(false) : r).toList();
		List<ReportRow> shownRest = applied(rest, outcome, 2);
		List<ReportRow> allOrganisations = new ArrayList<>(shownTop);
		allOrganisations.addAll(shownRest);
		ReportRow other = null;
		if (!rest.isEmpty()) {
			other = ReportRow.count("signals.counts.organisation.other", true,
					rest.stream().mapToLong(ReportRow::basis).sum());
			if (outcome.totalsWithheld().contains(OTHER_ORGANISATIONS) || Reports.tooSmall(other.basis())) {
				other = other.withhold(true);
			}
		}
		return new BarrierCounts(applied(perCategory, outcome, 0), applied(perMonth, outcome, 1),
				List.copyOf(allOrganisations), other, outcome.totalsWithheld().contains(BARRIERS) ? null : total);
	}

	private static Group group(String total, List<ReportRow> rows, boolean published) {
		return Group.of(total, rows.stream().map(ReportRow::basis).toList(), published);
	}

	private static List<ReportRow> applied(List<ReportRow> rows, Suppression.Outcome outcome, int group) {
		List<ReportRow> shown = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			shown.add(outcome.withheld().get(group).get(i) ? rows.get(i).withhold(outcome.shielding().get(group).get(i))
					: rows.get(i));
		}
		return shown;
	}

	/** The bars of the rows shown, for a chart. */
	static BarChart chart(String id, String titleKey, List<ReportRow> rows) {
		return new BarChart(id, titleKey,
				rows.stream()
					.filter(r -> !r.withheld())
					.map(r -> new Bar(r.label(), r.labelIsKey(), r.basis()))
					.toList());
	}

	/** The ten most frequent organisations shown, and the others together. */
	BarChart organisationsChart() {
		List<ReportRow> rows = new ArrayList<>(
				perOrganisation.subList(0, Math.min(Signals.TOP_ORGANISATIONS, perOrganisation.size())));
		if (otherOrganisations != null) {
			rows.add(otherOrganisations);
		}
		return chart("signals-organisations", "signals.counts.organisation", rows);
	}

}
