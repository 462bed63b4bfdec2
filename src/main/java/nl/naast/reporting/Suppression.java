package nl.naast.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Withholds counts so that no small group can be worked out, not even by subtraction.
 *
 * <p>
 * A <em>group</em> is a set of counts that add up to a total somebody may know: families
 * per coordinator add up to the open families, and so do families starting and working
 * together; barriers per category and per month both add up to all barriers. Groups with
 * the same total key share that total, on one page or on several.
 *
 * <p>
 * The rules:
 * <ol>
 * <li>a count of 1 to {@link Reports#MIN_GROUP}{@code - 1} is withheld;</li>
 * <li>when the total is known, the withheld counts of a group must leave every one of
 * them open to at least two values: so at least two are withheld, and together they are
 * more than their number (each is at least one). Until then the smallest count still
 * shown is withheld too;</li>
 * <li>when that cannot be reached by withholding counts, the group's zeros are withheld
 * as well (a withheld count may then be zero);</li>
 * <li>when even that is not enough, the total must stay unknown: a published total is
 * withheld, and every other group with the same total withholds at least one count (and
 * by rule 2 a second), so it does not give the total away.</li>
 * </ol>
 */
public final class Suppression {

	private Suppression() {
	}

	/**
	 * One group's counts, and which of them its contributor already withholds.
	 *
	 * @param total the key of the total these counts add up to
	 * @param published whether the caller shows the total itself as a number; it must not
	 * when {@link Outcome#totalsWithheld()} names it (the rules do not depend on this)
	 */
	public record Group(String total, List<Long> values, List<Boolean> withheld, boolean published) {

		public static Group of(String total, List<Long> values, boolean published) {
			return new Group(total, values, values.stream().map(v -> false).toList(), published);
		}

	}

	/**
	 * What is withheld.
	 *
	 * @param withheld per group, per count: whether it is withheld
	 * @param shielding per group, per count: withheld only to protect a small count (it
	 * is not small itself)
	 * @param totalsWithheld the totals that must not be shown
	 */
	public record Outcome(List<List<Boolean>> withheld, List<List<Boolean>> shielding, Set<String> totalsWithheld) {
	}

	public static Outcome apply(List<Group> groups) {
		List<boolean[]> hidden = new ArrayList<>();
		List<boolean[]> shield = new ArrayList<>();
		for (Group g : groups) {
			boolean[] h = new boolean[g.values().size()];
			for (int i = 0; i < h.length; i++) {
				h[i] = g.withheld().get(i) || Reports.tooSmall(g.values().get(i));
			}
			hidden.add(h);
			shield.add(new boolean[h.length]);
		}
		Set<String> weakTotals = new java.util.LinkedHashSet<>();
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int n = 0; n < groups.size(); n++) {
				complete(groups.get(n).values(), hidden.get(n), shield.get(n));
				if (!safe(groups.get(n).values(), hidden.get(n))) {
					weakTotals.add(groups.get(n).total());
				}
			}
			// a total that would give a withheld count away must not be learnt from
			// another group either
			for (int n = 0; n < groups.size(); n++) {
				if (weakTotals.contains(groups.get(n).total()) && noneHidden(hidden.get(n))
						&& hideSmallestShown(groups.get(n).values(), hidden.get(n), shield.get(n))) {
					changed = true;
				}
			}
		}
		List<List<Boolean>> withheld = new ArrayList<>();
		List<List<Boolean>> shielding = new ArrayList<>();
		for (int n = 0; n < groups.size(); n++) {
			withheld.add(asList(hidden.get(n)));
			shielding.add(asList(shield.get(n)));
		}
		return new Outcome(withheld, shielding, Set.copyOf(weakTotals));
	}

	/**
	 * Whether, knowing the group's total and the counts shown, every withheld count could
	 * still be at least two different numbers.
	 */
	public static boolean safe(List<Long> values, boolean[] hidden) {
		int k = 0;
		long sum = 0;
		boolean zeroHidden = false;
		for (int i = 0; i < hidden.length; i++) {
			if (hidden[i]) {
				k++;
				sum += values.get(i);
				zeroHidden |= values.get(i) == 0;
			}
		}
		if (k == 0) {
			return true;
		}
		long lowest = zeroHidden ? 0 : 1;
		// each withheld count lies between lowest and sum - (k - 1) * lowest
		return k >= 2 && sum - k * lowest >= 1;
	}

	/** Rules 2 and 3 for one group. */
	private static void complete(List<Long> values, boolean[] hidden, boolean[] shield) {
		if (noneHidden(hidden)) {
			return;
		}
		while (!safe(values, hidden)) {
			if (!hideSmallestShown(values, hidden, shield)) {
				break;
			}
		}
		if (!safe(values, hidden)) {
			for (int i = 0; i < hidden.length; i++) {
				if (!hidden[i] && values.get(i) == 0) {
					hidden[i] = true;
					shield[i] = true;
				}
			}
		}
	}

	/** Withholds the smallest count above zero still shown; false when there is none. */
	private static boolean hideSmallestShown(List<Long> values, boolean[] hidden, boolean[] shield) {
		int smallest = -1;
		for (int i = 0; i < hidden.length; i++) {
			if (!hidden[i] && values.get(i) > 0 && (smallest < 0 || values.get(i) < values.get(smallest))) {
				smallest = i;
			}
		}
		if (smallest < 0) {
			return false;
		}
		hidden[smallest] = true;
		shield[smallest] = true;
		return true;
	}

	private static boolean noneHidden(boolean[] hidden) {
		for (boolean h : hidden) {
			if (h) {
				return false;
			}
		}
		return true;
	}

	private static List<Boolean> asList(boolean[] values) {
		List<Boolean> list = new ArrayList<>(values.length);
		for (boolean v : values) {
			list.add(v);
		}
		return list;
	}

}
