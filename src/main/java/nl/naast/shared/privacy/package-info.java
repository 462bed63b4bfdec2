/**
 * The family's copy of its data ("Mijn gegevens"): the contract through which every
 * module that keeps family data hands over its part of an export. It lives in shared so
 * that modules at every layer (audit and access as well as story and legal) can
 * contribute without depending on the privacy module, which collects the parts.
 */
package nl.naast.shared.privacy;
