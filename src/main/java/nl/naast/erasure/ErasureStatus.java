package nl.naast.erasure;

/** Where an erasure request stands. Carried out requests are erased with the family. */
public enum ErasureStatus {

	REQUESTED, APPROVED, REFUSED

}
