package nl.naast.shared.web;

import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns a text a family reads into safe HTML in which known jargon is explained where it
 * stands. The language module provides it; without it, text is only escaped.
 */
public interface PlainLanguage {

	/** Only escapes: for when no glossary is present. */
	PlainLanguage NONE = (text, locale) -> text == null ? "" : HtmlUtils.htmlEscape(text);

	/**
	 * @return HTML in which everything the user wrote is escaped
	 */
	String explain(String text, Locale locale);

}
