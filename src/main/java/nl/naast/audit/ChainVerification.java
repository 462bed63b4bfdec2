package nl.naast.audit;

/**
 * The result of checking the whole chain.
 *
 * @param checked how many records were read
 * @param firstBrokenSequence the first record whose link does not hold, or null when
 * intact
 * @param problem what is wrong there, in plain words, or null when intact
 */
public record ChainVerification(long checked, Long firstBrokenSequence, String problem) {

	public boolean intact() {
		return firstBrokenSequence == null;
	}
}
