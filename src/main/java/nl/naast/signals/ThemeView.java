package nl.naast.signals;

import nl.naast.shared.Slice;

/** One theme with its barriers. */
public record ThemeView(Theme theme, Slice<Barrier> barriers) {
}
