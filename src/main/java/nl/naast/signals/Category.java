package nl.naast.signals;

/** What kind of barrier it is. */
public enum Category {

	RULES_AND_LAW, COOPERATION, MONEY_AND_DEBTS, BUREAUCRACY, LANGUAGE_AND_INFORMATION, DISCRIMINATION, OTHER

}
