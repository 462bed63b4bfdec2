package nl.naast.signals;

import java.util.List;

import nl.naast.family.FamilySummary;
import nl.naast.shared.Slice;

/**
 * A professional's own barriers, and the families they may link a new one to.
 */
public record MyBarriers(Slice<OwnBarrier> barriers, List<FamilySummary> families) {
}
