package nl.naast.notifications;

import java.util.ArrayList;
import java.util.List;

/**
 * A message's arguments in one text column: each as {@code <length>:<text>}, so that no
 * argument, whatever it holds, can split or join others.
 */
final class Arguments {

	private Arguments() {
	}

	static String encode(List<String> arguments) {
		StringBuilder encoded = new StringBuilder();
		for (String argument : arguments) {
			String text = argument == null ? "" : argument;
			encoded.append(text.length()).append(':').append(text);
		}
		return encoded.toString();
	}

	static List<String> decode(String encoded) {
		List<String> arguments = new ArrayList<>();
		int at = 0;
		while (at < encoded.length()) {
			int colon = encoded.indexOf(':', at);
			int length = Integer.parseInt(encoded.substring(at, colon));
			arguments.add(encoded.substring(colon + 1, colon + 1 + length));
			at = colon + 1 + length;
		}
		return List.copyOf(arguments);
	}

}
