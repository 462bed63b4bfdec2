package nl.naast.privacy;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import nl.naast.shared.DisplayTime;
import nl.naast.shared.privacy.FamilyDataSection;

/**
 * Writes a family's export as JSON (every row and column, for another program) and as a
 * PDF to read (every row, without the internal ids that mean nothing to a person).
 * Rendering happens after the export's transaction, so no lock is held while writing.
 */
@Service
public class ExportDocuments {

	/** The version of the JSON's shape, so a reader knows what it gets. */
	static final String FORMAT = "naast-family-export/1";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	/** DejaVu Sans, embedded: families write in Turkish, Polish and Arabic as well. */
	private static final BaseFont REGULAR = font("fonts/DejaVuSans.ttf");

	private static final BaseFont BOLD = font("fonts/DejaVuSans-Bold.ttf");

	private final MessageSource messages;

	ExportDocuments(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] json(FamilyExport export) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", FORMAT);
		document.put("familyId", export.familyId().toString());
		document.put("familyName", export.familyName());
		document.put("madeAt", export.madeAt().toString());
		document.put("madeFor", export.madeFor());
		Map<String, Object> sections = new LinkedHashMap<>();
		for (FamilyDataSection section : export.sections()) {
			sections.put(section.key(), section.rows());
		}
		document.put("sections", sections);
		return JSON.writeValueAsBytes(document);
	}

	public byte[] pdf(FamilyExport export) {
		Font title = new Font(BOLD, 20);
		Font heading = new Font(BOLD, 14);
		Font body = new Font(REGULAR, 10);
		Font label = new Font(BOLD, 10);
		Font small = new Font(REGULAR, 9, Font.NORMAL, new Color(80, 80, 80));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 50, 50);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(text("privacy.pdf.title", export.familyName()));
			document.addCreator("Naast");
			document.open();
			document.add(new Paragraph(text("privacy.pdf.title", export.familyName()), title));
			document.add(new Paragraph(
					text("privacy.pdf.made", DisplayTime.dateTime(export.madeAt(), locale()), export.madeFor()),
					small));
			document.add(new Paragraph(text("privacy.pdf.intro"), body));
			for (FamilyDataSection section : export.sections()) {
				Paragraph head = new Paragraph(sectionTitle(section.key()), heading);
				head.setSpacingBefore(14);
				document.add(head);
				if (section.rows().isEmpty()) {
					document.add(new Paragraph(text("privacy.pdf.none"), small));
					continue;
				}
				document.add(new Paragraph(text("privacy.pdf.count", section.rows().size()), small));
				for (Map<String, Object> row : section.rows()) {
					Paragraph item = new Paragraph();
					item.setSpacingBefore(6);
					boolean first = true;
					for (var field : row.entrySet()) {
						if (field.getValue() == null || internal(field.getKey(), field.getValue())) {
							continue;
						}
						if (!first) {
							item.add(Chunk.NEWLINE);
						}
						item.add(new Chunk(fieldLabel(field.getKey()) + ": ", label));
						item.add(new Chunk(readable(field.getValue()), body));
						first = false;
					}
					document.add(item);
				}
			}
			document.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("Could not write the family's data as PDF", e);
		}
		return out.toByteArray();
	}

	/** Times and dates as the family reads them elsewhere in Naast. */
	private static String readable(Object value) {
		String text = String.valueOf(value);
		try {
			if (INSTANT.matcher(text).matches()) {
				return DisplayTime.dateTime(java.time.OffsetDateTime.parse(text).toInstant(), locale());
			}
			if (DATE.matcher(text).matches()) {
				return DisplayTime.date(java.time.LocalDate.parse(text), locale());
			}
		}
		catch (java.time.DateTimeException e) {
			// text that only looks like a time, written by a person: as written
		}
		return text;
	}

	/**
	 * Ids, account references and bookkeeping: in the JSON, where a program can use them.
	 */
	private static boolean internal(String column, Object value) {
		return column.equals("id") || column.endsWith("_id") || column.equals("version") || column.equals("position")
				|| value instanceof String text && UUID_TEXT.matcher(text).matches();
	}

	String sectionTitle(String key) {
		return messages.getMessage("privacy.section." + key, null, key, locale());
	}

	private String fieldLabel(String column) {
		String plain = column.replace('_', ' ');
		return messages.getMessage("privacy.field." + column, null,
				Character.toUpperCase(plain.charAt(0)) + plain.substring(1), locale());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private static BaseFont font(String path) {
		try (var in = ExportDocuments.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Font " + path + " is missing");
			}
			return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (java.io.IOException | DocumentException e) {
			throw new IllegalStateException("Font " + path + " cannot be read", e);
		}
	}

}
