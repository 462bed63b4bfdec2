package nl.naast.story;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.Image;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.FamilyAccess;
import nl.naast.access.FilePart;
import nl.naast.audit.AuditAction;
import nl.naast.family.FamilyDirectory;
import nl.naast.shared.DisplayTime;
import nl.naast.story.AnalysisParts.Factor;
import nl.naast.story.AnalysisParts.FactorKind;
import nl.naast.story.AnalysisParts.Link;

/**
 * "Ons verhaal" as one PDF the family keeps and shares with whom they choose: the
 * timeline with their own words beside it, and, when they may see it, the analysis with
 * its picture. Plain language, in the reader's language.
 */
@Service
public class StoryBook {

	/**
	 * DejaVu Sans, embedded: the standard PDF fonts know only Western European letters,
	 * and a family writes in Turkish, Polish or Arabic as well.
	 */
	private static final BaseFont REGULAR = font("fonts/DejaVuSans.ttf");

	private static final BaseFont BOLD = font("fonts/DejaVuSans-Bold.ttf");

	private static BaseFont font(String path) {
		try (var in = StoryBook.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Font " + path + " is missing");
			}
			return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (java.io.IOException | DocumentException e) {
			throw new IllegalStateException("Font " + path + " cannot be read", e);
		}
	}

	private final StoryRepository story;

	private final Analyses analyses;

	private final FamilyAccess access;

	private final FamilyDirectory directory;

	private final MessageSource messages;

	private final java.time.Clock clock;

	StoryBook(StoryRepository story, Analyses analyses, FamilyAccess access, FamilyDirectory directory,
			MessageSource messages, java.time.Clock clock) {
		this.story = story;
		this.analyses = analyses;
		this.access = access;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public byte[] pdf(UUID familyId) {
		access.require(familyId, FilePart.STORY, AuditAction.VIEW, "family.story.pdf");
		List<Entry> entries = story.all(familyId);
		Map<UUID, List<Response>> responses = story.responses(familyId, entries.stream().map(Entry::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Response::entryId));
		AnalysisView analysis = access.may(familyId, FilePart.ANALYSIS, AuditAction.VIEW) ? analyses.view(familyId)
				: null;
		Font title = new Font(BOLD, 20);
		Font heading = new Font(BOLD, 14);
		Font body = new Font(REGULAR, 11);
		Font small = new Font(REGULAR, 9, Font.NORMAL, new Color(80, 80, 80));
		Font bold = new Font(BOLD, 11);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 50, 50);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			document.addTitle(text("story.pdf.title", directory.name(familyId)));
			document.addCreator("Naast");
			document.open();
			document.add(new Paragraph(text("story.pdf.title", directory.name(familyId)), title));
			document.add(
					new Paragraph(text("story.pdf.made", DisplayTime.date(DisplayTime.today(clock), locale())), small));
			document.add(new Paragraph(text("story.pdf.intro"), body));
			document.add(new Paragraph(" "));
			document.add(new Paragraph(text("story.timeline"), heading));
			for (Entry e : entries) {
				Paragraph p = new Paragraph();
				p.setSpacingBefore(6);
				p.add(new Chunk((e.when().known() ? e.when().typed() : text("story.undated")) + " - "
						+ text("story.domain." + e.domain().name()) + " - "
						+ text("story.valence." + e.valence().name()) + "\n", small));
				p.add(new Chunk(plain(e.what()), body));
				p.add(new Chunk(
						"\n" + text("story.writtenBy", e.authorName(), text("story.source." + e.source().name())),
						small));
				document.add(p);
				for (Response r : responses.getOrDefault(e.id(), List.of())) {
					Paragraph voice = new Paragraph();
					voice.setIndentationLeft(24);
					voice.add(new Chunk(text("story.response." + r.kind().name()) + " (" + r.byName() + "): ", bold));
					voice.add(new Chunk(plain(r.words()), body));
					document.add(voice);
				}
			}
			if (analysis != null) {
				document.newPage();
				document.add(new Paragraph(text("analysis.title.family"), heading));
				document.add(new Paragraph(plain(analyses.snapshot(analysis)), body));
				if (!analysis.factors().isEmpty() || !analysis.links().isEmpty()) {
					document.newPage();
					document.add(new Paragraph(text("analysis.picture"), heading));
					document.add(Image.getInstance(picture(writer, analysis)));
					document.add(new Paragraph(text("story.pdf.legend"), small));
				}
			}
			document.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("Could not write the story as PDF", e);
		}
		return out.toByteArray();
	}

	/** The picture drawn on the PDF page itself, with the same places as on screen. */
	private PdfTemplate picture(PdfWriter writer, AnalysisView analysis) {
		float size = 495;
		float scale = size / 640f;
		PdfTemplate canvas = writer.getDirectContent().createTemplate(size, size);
		List<UUID> nodes = AnalysisPicture.nodes(analysis.factors(), analysis.links());
		Map<UUID, AnalysisPicture.Place> places = AnalysisPicture.layout(nodes);
		java.util.Set<String> inCircle = AnalysisPicture.circleEdges(analysis.circles());
		for (Link link : analysis.links()) {
			AnalysisPicture.Place from = places.get(link.fromId());
			AnalysisPicture.Place to = places.get(link.toId());
			boolean circle = inCircle.contains(link.fromId() + ">" + link.toId());
			canvas.setColorStroke(circle ? new Color(179, 38, 30) : new Color(59, 59, 59));
			canvas.setLineWidth(circle ? 3 : 1.5f);
			if (circle) {
				canvas.setLineDash(8, 4, 0);
			}
			else {
				canvas.setLineDash(0);
			}
			float x1 = (float) from.x() * scale;
			float y1 = size - (float) from.y() * scale;
			float x2 = (float) to.x() * scale;
			float y2 = size - (float) to.y() * scale;
			canvas.moveTo(x1, y1);
			canvas.lineTo(x2, y2);
			canvas.stroke();
			// the arrow head, short of the target's box
			double angle = Math.atan2(y2 - y1, x2 - x1);
			float hx = (float) (x2 - Math.cos(angle) * 30);
			float hy = (float) (y2 - Math.sin(angle) * 30);
			canvas.setLineDash(0);
			canvas.moveTo(hx, hy);
			canvas.lineTo((float) (hx - 8 * Math.cos(angle - 0.4)), (float) (hy - 8 * Math.sin(angle - 0.4)));
			canvas.moveTo(hx, hy);
			canvas.lineTo((float) (hx - 8 * Math.cos(angle + 0.4)), (float) (hy - 8 * Math.sin(angle + 0.4)));
			canvas.stroke();
		}
		Map<UUID, FactorKind> kinds = analysis.factors().stream().collect(Collectors.toMap(Factor::id, Factor::kind));
		BaseFont font = REGULAR;
		for (UUID node : nodes) {
			AnalysisPicture.Place p = places.get(node);
			float x = (float) p.x() * scale;
			float y = size - (float) p.y() * scale;
			FactorKind kind = kinds.get(node);
			canvas.setLineDash(0);
			canvas.setLineWidth(kind == null ? 0.8f : 1.5f);
			canvas.setColorStroke(new Color(59, 59, 59));
			canvas.setColorFill(kind == FactorKind.STRESSOR ? new Color(251, 227, 200)
					: kind == FactorKind.PROTECTIVE ? new Color(217, 239, 224) : Color.WHITE);
			canvas.roundRectangle(x - 62, y - 17, 124, 34, kind == null ? 1 : 7);
			canvas.fillStroke();
			// the pattern of the screen picture, as a mark that survives grey print
			String mark = kind == FactorKind.STRESSOR ? "// " : kind == FactorKind.PROTECTIVE ? "oo " : "";
			String label = plain(analysis.label(node));
			label = mark + (label.length() > 24 ? label.substring(0, 23) + "..." : label);
			canvas.beginText();
			canvas.setColorFill(new Color(27, 27, 27));
			canvas.setFontAndSize(font, 8);
			canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, label, x, y - 3, 0);
			canvas.endText();
		}
		return canvas;
	}

	/** Arrows written as "->", which every PDF reader copies and searches as written. */
	private static String plain(String text) {
		return text == null ? "" : text.replace("→", "->");
	}

	private Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, locale());
	}

}
