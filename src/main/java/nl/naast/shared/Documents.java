package nl.naast.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an uploaded document really is, read from its first bytes and never from its name:
 * a PDF, a PNG or a JPEG photo, nothing else. And a name that is safe to keep and to
 * offer again as a download.
 */
public final class Documents {

	private static final Map<String, byte[]> KINDS = new LinkedHashMap<>();

	static {
		KINDS.put("application/pdf", new byte[] { '%', 'P', 'D', 'F' });
		KINDS.put("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		KINDS.put("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });
	}

	private Documents() {
	}

	/** The content type the bytes show, if it is one Naast keeps. */
	public static Optional<String> kind(byte[] content) {
		return KINDS.entrySet()
			.stream()
			.filter(k -> startsWith(content, k.getValue()))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/**
	 * Letters, digits, dashes and dots only, at most 100 characters, with the extension
	 * that belongs to what the file really is.
	 * @param fallback the name when nothing of the original is left
	 */
	public static String cleanName(String name, String contentType, String fallback) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		int dot = base.lastIndexOf('.');
		base = (dot > 0 ? base.substring(0, dot) : base).replaceAll("[^\\p{L}\\p{N}_-]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (base.codePointCount(0, base.length()) > 90) {
			// whole characters only, and no dash left dangling at the cut
			base = base.substring(0, base.offsetByCodePoints(0, 90)).replaceAll("-+$", "");
		}
		if (base.isEmpty()) {
			base = fallback;
		}
		String extension = switch (contentType) {
			case "application/pdf" -> ".pdf";
			case "image/png" -> ".png";
			default -> ".jpg";
		};
		return base + extension;
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content == null || content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
