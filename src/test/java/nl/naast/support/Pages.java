package nl.naast.support;

import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reading pages as a person sees them at first: with jargon explanations still closed.
 */
public final class Pages {

	private Pages() {
	}

	/** The texts of these elements without the explanations of the jargon in them. */
	public static List<String> written(Elements elements) {
		return elements.stream().map(Pages::written).toList();
	}

	public static String written(Element element) {
		Element copy = element.clone();
		copy.select(".term-explain").remove();
		// the text as it stands, without the spaces an HTML parser puts around elements
		return copy.wholeText().replaceAll("\\s+", " ").strip();
	}

}
