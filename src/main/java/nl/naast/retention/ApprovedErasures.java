package nl.naast.retention;

import java.util.List;
import java.util.UUID;

/** Families whose erasure request was approved and waits for the nightly run. */
public interface ApprovedErasures {

	List<UUID> approvedFamilies();

}
