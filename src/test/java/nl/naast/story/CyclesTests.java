package nl.naast.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.naast.story.Cycles.Edge;

/** Vicious circles in what contributed to what. */
class CyclesTests {

	final UUID a = UUID.randomUUID();

	final UUID b = UUID.randomUUID();

	final UUID c = UUID.randomUUID();

	final UUID d = UUID.randomUUID();

	@Test
	void aCircleIsFoundAndNamedInOrder() {
		List<List<UUID>> circles = Cycles.find(List.of(new Edge(a, b), new Edge(b, c), new Edge(c, a), new Edge(c, d)));
		assertThat(circles).hasSize(1);
		List<UUID> circle = circles.get(0);
		assertThat(circle).hasSize(4).containsOnly(a, b, c);
		assertThat(circle.get(0)).isEqualTo(circle.get(3));
		// each step of the circle is a link that exists
		for (int i = 0; i + 1 < circle.size(); i++) {
			UUID from = circle.get(i);
			UUID to = circle.get(i + 1);
			assertThat(List.of(new Edge(a, b), new Edge(b, c), new Edge(c, a))).contains(new Edge(from, to));
		}
	}

	@Test
	void chainsAndTreesHaveNoCircle() {
		assertThat(Cycles.find(List.of(new Edge(a, b), new Edge(b, c), new Edge(a, c), new Edge(c, d)))).isEmpty();
		assertThat(Cycles.find(List.of())).isEmpty();
	}

	@Test
	void separateCirclesAreEachFound() {
		assertThat(Cycles.find(List.of(new Edge(a, b), new Edge(b, a), new Edge(c, d), new Edge(d, c)))).hasSize(2);
	}

	@Test
	void aLongChainClosedAtTheEndIsOneCircleWithoutRunningOutOfStack() {
		List<UUID> items = new ArrayList<>();
		for (int i = 0; i < 50_000; i++) {
			items.add(UUID.randomUUID());
		}
		List<Edge> edges = new ArrayList<>();
		for (int i = 0; i + 1 < items.size(); i++) {
			edges.add(new Edge(items.get(i), items.get(i + 1)));
		}
		edges.add(new Edge(items.get(items.size() - 1), items.get(0)));
		List<List<UUID>> circles = Cycles.find(edges);
		assertThat(circles).hasSize(1);
		assertThat(circles.get(0)).hasSize(50_001);
	}

}
