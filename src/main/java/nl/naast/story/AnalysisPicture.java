package nl.naast.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.web.util.HtmlUtils;

import nl.naast.story.AnalysisParts.Factor;
import nl.naast.story.AnalysisParts.FactorKind;
import nl.naast.story.AnalysisParts.Link;

/**
 * Draws the analysis: factors and the events in links on a circle, arrows for "this
 * contributed to that", vicious circles thick and dashed. Stressors are hatched,
 * protective factors dotted and events plain, so the drawing survives printing in grey.
 * Presentation attributes only, no style attributes, for the content security policy.
 */
final class AnalysisPicture {

	private static final int SIZE = 640;

	private AnalysisPicture() {
	}

	/** A point where an item stands. */
	record Place(double x, double y) {
	}

	static Map<UUID, Place> layout(List<UUID> nodes) {
		Map<UUID, Place> places = new java.util.LinkedHashMap<>();
		double radius = nodes.size() <= 1 ? 0 : SIZE / 2.0 - 110;
		for (int i = 0; i < nodes.size(); i++) {
			double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, nodes.size());
			places.put(nodes.get(i),
					new Place(SIZE / 2.0 + radius * Math.cos(angle), SIZE / 2.0 + radius * Math.sin(angle)));
		}
		return places;
	}

	/** The items drawn: every active factor, and every event that stands in a link. */
	static List<UUID> nodes(List<Factor> factors, List<Link> links) {
		Set<UUID> nodes = new LinkedHashSet<>();
		factors.forEach(f -> nodes.add(f.id()));
		links.forEach(l -> {
			nodes.add(l.fromId());
			nodes.add(l.toId());
		});
		return new ArrayList<>(nodes);
	}

	static Set<String> circleEdges(List<List<UUID>> circles) {
		Set<String> edges = new HashSet<>();
		for (List<UUID> circle : circles) {
			for (int i = 0; i + 1 < circle.size(); i++) {
				edges.add(circle.get(i) + ">" + circle.get(i + 1));
			}
		}
		return edges;
	}

	static String draw(List<Factor> factors, List<Link> links, List<List<UUID>> circles, Map<UUID, String> labels,
			String captionId, String title) {
		if (factors.isEmpty() && links.isEmpty()) {
			return "";
		}
		List<UUID> nodes = nodes(factors, links);
		Map<UUID, Place> places = layout(nodes);
		Map<UUID, FactorKind> kinds = new java.util.HashMap<>();
		factors.forEach(f -> kinds.put(f.id(), f.kind()));
		Set<String> inCircle = circleEdges(circles);
		StringBuilder svg = new StringBuilder();
		svg.append("<svg class=\"analysis-picture\" viewBox=\"0 0 ")
			.append(SIZE)
			.append(' ')
			.append(SIZE)
			.append("\" role=\"img\" aria-labelledby=\"analysis-picture-title ")
			.append(captionId)
			.append("\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"analysis-picture-title\">")
			.append(HtmlUtils.htmlEscape(title))
			.append("</title><defs>")
			.append("<pattern id=\"hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
			.append("<rect width=\"8\" height=\"8\" fill=\"#fbe3c8\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#9a4f00\" stroke-width=\"3\"/></pattern>")
			.append("<pattern id=\"dots\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">")
			.append("<rect width=\"8\" height=\"8\" fill=\"#d9efe0\"/><circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#1e6b3a\"/></pattern>")
			.append("<marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
			.append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#3b3b3b\"/></marker>")
			.append("<marker id=\"arrow-circle\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\">")
			.append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#b3261e\"/></marker></defs>");
		for (Link link : links) {
			Place from = places.get(link.fromId());
			Place to = places.get(link.toId());
			double dx = to.x() - from.x();
			double dy = to.y() - from.y();
			double length = Math.max(1, Math.hypot(dx, dy));
			// stop short of the boxes, so the arrow heads show
			double shrink = 42 / length;
			boolean circle = inCircle.contains(link.fromId() + ">" + link.toId());
			svg.append("<line class=\"")
				.append(circle ? "link link-circle" : "link")
				.append("\" x1=\"")
				.append(round(from.x() + dx * shrink))
				.append("\" y1=\"")
				.append(round(from.y() + dy * shrink))
				.append("\" x2=\"")
				.append(round(to.x() - dx * shrink))
				.append("\" y2=\"")
				.append(round(to.y() - dy * shrink))
				.append("\" stroke=\"")
				.append(circle ? "#b3261e" : "#3b3b3b")
				.append("\" stroke-width=\"")
				.append(circle ? 4 : 2)
				.append(circle ? "\" stroke-dasharray=\"10 5" : "")
				.append("\" marker-end=\"url(#")
				.append(circle ? "arrow-circle" : "arrow")
				.append(")\"/>");
		}
		for (UUID node : nodes) {
			Place p = places.get(node);
			FactorKind kind = kinds.get(node);
			String fill = kind == FactorKind.STRESSOR ? "url(#hatch)"
					: kind == FactorKind.PROTECTIVE ? "url(#dots)" : "#ffffff";
			String label = labels.getOrDefault(node, "?");
			String shortLabel = label.length() > 22 ? label.substring(0, 21) + "…" : label;
			svg.append("<g class=\"node\"><rect x=\"")
				.append(round(p.x() - 80))
				.append("\" y=\"")
				.append(round(p.y() - 22))
				.append("\" width=\"160\" height=\"44\" rx=\"")
				.append(kind == null ? 2 : 10)
				.append("\" fill=\"")
				.append(fill)
				.append("\" stroke=\"#3b3b3b\" stroke-width=\"")
				.append(kind == null ? 1 : 2)
				.append("\"/><rect x=\"")
				.append(round(p.x() - 74))
				.append("\" y=\"")
				.append(round(p.y() - 11))
				.append("\" width=\"148\" height=\"22\" rx=\"4\" fill=\"#ffffff\" opacity=\"0.9\"/><text x=\"")
				.append(round(p.x()))
				.append("\" y=\"")
				.append(round(p.y() + 5))
				.append("\" text-anchor=\"middle\" font-size=\"13\" font-family=\"system-ui, sans-serif\" fill=\"#1b1b1b\">")
				.append(HtmlUtils.htmlEscape(shortLabel))
				.append("</text></g>");
		}
		return svg.append("</svg>").toString();
	}

	private static String round(double value) {
		return String.valueOf(Math.round(value * 10) / 10.0);
	}

}
