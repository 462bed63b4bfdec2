package nl.naast.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Small lists of fictional Dutch names and plain-Dutch sentences; any likeness to real
 * people is chance. Family names carry no apostrophes or accents, so that a load test can
 * search for them and find them in a page as typed.
 */
final class Phrases {

	private Phrases() {
	}

	static final List<String> SURNAMES = List.of("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
			"Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
			"van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer",
			"van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen",
			"van den Broek", "de Bruijn", "de Bruin", "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet",
			"van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom",
			"Huisman", "El Amrani", "Bouzid", "Yilmaz", "Kaya", "Demir", "Sahin", "El Idrissi", "Benali", "Ramdin",
			"Soekhai", "Martina", "Pinas", "Nguyen", "Haddou", "Ozturk", "Celik", "Wijaya", "Tahiri", "Ait Said",
			"Mohan");

	static final List<String> FIRST_NAMES_ADULT = List.of("Samira", "Sanne", "Marco", "Anouk", "Elif", "Fatima",
			"Jeroen", "Lotte", "Pieter", "Kim", "Mohamed", "Esther", "Dennis", "Naima", "Rachid", "Linda", "Patrick",
			"Sandra", "Yusuf", "Ilse", "Bart", "Nadia", "Kevin", "Monique", "Hatice", "Ricardo", "Priya", "Ahmet",
			"Wendy", "Soufiane", "Marieke", "Jasper", "Ingrid", "Karim", "Chantal", "Mustafa", "Anja", "Ruben",
			"Germaine", "Tamara");

	static final List<String> FIRST_NAMES_CHILD = List.of("Yasmina", "Bilal", "Noah", "Deniz", "Emma", "Lucas", "Julia",
			"Sem", "Mila", "Adam", "Sara", "Levi", "Nora", "Liam", "Zoe", "Mohammed", "Lina", "Daan", "Eva", "Finn",
			"Ayoub", "Tess", "Milan", "Amira", "Jesse", "Fenna", "Ilyas", "Saar", "Luuk", "Hiba");

	static final List<String> STRENGTHS = List.of("De ouders komen naar elke afspraak.",
			"Oma helpt veel met de kinderen.", "De kinderen gaan graag naar school.",
			"Moeder vraagt zelf om hulp als het niet lukt.", "Vader heeft sinds kort werk.",
			"Het gezin heeft goede buren.", "De kinderen sporten elke week.", "Er is veel liefde in huis.");

	static final List<String> CONCERNS = List.of("Er zijn schulden.", "Het huis is te klein.",
			"Moeder slaapt slecht door stress.", "De oudste mist vaak school.", "Er is veel ruzie over geld.",
			"Vader is vaak boos.", "De kinderen wonen niet thuis.", "Er zijn veel hulpverleners tegelijk.");

	static final List<String> STORY = List.of("We verhuisden naar een kleiner huis.",
			"Ik kreeg een brief van de Belastingdienst.", "De school belde over ruzie op het plein.",
			"Oma werd ziek en kon niet meer helpen.", "Ik vond een baan in de thuiszorg.",
			"De kinderen gingen naar een pleeggezin.", "We kregen hulp van de schuldhulp.",
			"Er was een melding bij Veilig Thuis.", "Ik ging naar de huisarts omdat ik slecht sliep.",
			"De rechter besliste over een ondertoezichtstelling.", "We vierden de verjaardag van de jongste.",
			"Ik stopte met drinken.", "De energie werd afgesloten.", "Ik deed een cursus opvoeden.",
			"De kinderen kwamen weer een weekend thuis.", "Er was een gesprek met de jeugdbeschermer.",
			"Ik kreeg een uitkering.", "We hadden een goede vakantie.");

	static final List<String> ORGANISATIONS = List.of("Jeugdbescherming", "Wijkteam", "Basisschool De Linde",
			"Gemeente", "Schuldhulp", "Raad voor de Kinderbescherming", "Woningcorporatie", "Huisarts", "GGZ", "UWV");

	static final List<String> DEMANDS = List.of("Kom naar het gesprek over de kinderen.", "Lever de formulieren in.",
			"Bel elke week met de jeugdbeschermer.", "Ga naar de cursus opvoeden.",
			"Zorg dat de kinderen op tijd op school zijn.", "Doe mee aan het huisbezoek.", "Stuur de loonstroken op.",
			"Ga naar de huisarts voor een verwijzing.", "Drink geen alcohol.", "Kom naar de omgang op woensdag.",
			"Meld verhuizingen direct.", "Houd een kasboek bij.");

	static final List<String> GOALS = List.of("Rust in huis.", "De kinderen wonen weer thuis.", "Geen schulden meer.",
			"Een eigen huis met genoeg ruimte.", "Beter slapen.", "Werk vinden dat bij mij past.",
			"Goed contact met de school.", "Minder hulpverleners, één plan.", "Elke week samen eten.",
			"Zelf de post bijhouden.");

	static final List<String> STEPS = List.of("Bellen met de school.", "Afspraak maken bij de schuldhulp.",
			"Formulier voor toeslag invullen.", "Samen een weekplanning maken.", "Gesprek met de huisarts.",
			"Oma vragen om te helpen op woensdag.", "Post openen met de buurvrouw.", "Sollicitatiebrief schrijven.",
			"Naar de sportclub met de kinderen.");

	static final List<String> TASKS = List.of("Ik voer de ondertoezichtstelling uit.", "Ik help met de schulden.",
			"Ik volg hoe het op school gaat.", "Ik help met opvoedvragen.", "Ik zoek samen met het gezin een huis.");

	static final List<String> ROLES_FOR_FAMILY = List.of("jeugdbeschermer", "schuldhulpverlener", "mentor",
			"gezinscoach", "woonconsulent");

	static final List<String> PLACES = List.of("Kantoor jeugdbescherming", "Gemeentehuis", "Bij het gezin thuis",
			"Basisschool De Linde", "Wijkcentrum De Kern", "Rechtbank Midden-Nederland");

	static final List<String> SUMMARIES = List.of("We spraken over hoe het thuis gaat.",
			"De school vertelde hoe het met de kinderen gaat.", "We keken samen naar de schulden.",
			"We spraken af wie wat doet.", "De jeugdbeschermer legde uit wat de rechter vraagt.");

	static final List<String> REASONS = List.of("Het is niet meer nodig.", "Dit is al geregeld.",
			"Een andere afspraak gaat voor.");

	static String pick(List<String> list, SplittableRandom random) {
		return list.get(random.nextInt(list.size()));
	}

}
