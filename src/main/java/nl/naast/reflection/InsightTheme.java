package nl.naast.reflection;

/** What an insight is about, to find it again. */
public enum InsightTheme {

	POVERTY, TRAUMA, RACISM, CHAIN_COOPERATION, HELP_THAT_DOES_NOT_HELP, LANGUAGE, VOICE_OF_THE_CHILD, STRENGTHS,
	OWN_ROLE, OTHER

}
