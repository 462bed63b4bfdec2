/**
 * Language: the glossary of youth-care jargon in plain words, jargon explained where it
 * stands in every text a family reads, and a readability meter for professionals. Uses
 * shared only; everything runs inside Naast.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package nl.naast.language;
