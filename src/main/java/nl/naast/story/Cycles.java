package nl.naast.story;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds vicious circles in "this contributed to that": one cycle through each group of
 * items that all lead to each other (Tarjan's strongly connected components, then a walk
 * within the group back to its start). Linear in items and links.
 */
final class Cycles {

	private Cycles() {
	}

	/** A link as cycle detection sees it. */
	record Edge(UUID from, UUID to) {
	}

	/**
	 * @return each circle as the items in order, the first repeated at the end (A, B, C,
	 * A)
	 */
	static List<List<UUID>> find(List<Edge> edges) {
		Map<UUID, List<UUID>> next = new HashMap<>();
		Set<UUID> nodes = new LinkedHashSet<>();
		for (Edge e : edges) {
			next.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
			nodes.add(e.from());
			nodes.add(e.to());
		}
		List<List<UUID>> circles = new ArrayList<>();
		for (Set<UUID> group : components(nodes, next)) {
			if (group.size() > 1) {
				circles.add(circleWithin(group, next));
			}
		}
		return circles;
	}

	/**
	 * Tarjan's algorithm without recursion, so a long chain cannot overflow the stack.
	 */
	private static List<Set<UUID>> components(Set<UUID> nodes, Map<UUID, List<UUID>> next) {
		Map<UUID, Integer> index = new HashMap<>();
		Map<UUID, Integer> low = new HashMap<>();
		Deque<UUID> stack = new ArrayDeque<>();
		Set<UUID> onStack = new HashSet<>();
		List<Set<UUID>> groups = new ArrayList<>();
		int counter = 0;
		for (UUID start : nodes) {
			if (index.containsKey(start)) {
				continue;
			}
			Deque<Object[]> work = new ArrayDeque<>();
			work.push(new Object[] { start, 0 });
			index.put(start, counter);
			low.put(start, counter++);
			stack.push(start);
			onStack.add(start);
			while (!work.isEmpty()) {
				Object[] frame = work.peek();
				UUID node = (UUID) frame[0];
				int i = (int) frame[1];
				List<UUID> outs = next.getOrDefault(node, List.of());
				if (i < outs.size()) {
					frame[1] = i + 1;
					UUID to = outs.get(i);
					if (!index.containsKey(to)) {
						index.put(to, counter);
						low.put(to, counter++);
						stack.push(to);
						onStack.add(to);
						work.push(new Object[] { to, 0 });
					}
					else if (onStack.contains(to)) {
						low.put(node, Math.min(low.get(node), index.get(to)));
					}
					continue;
				}
				work.pop();
				if (!work.isEmpty()) {
					UUID parent = (UUID) work.peek()[0];
					low.put(parent, Math.min(low.get(parent), low.get(node)));
				}
				if (low.get(node).equals(index.get(node))) {
					Set<UUID> group = new LinkedHashSet<>();
					UUID member;
					do {
						member = stack.pop();
						onStack.remove(member);
						group.add(member);
					}
					while (!member.equals(node));
					groups.add(group);
				}
			}
		}
		return groups;
	}

	/**
	 * A shortest way round from one item of the group back to itself, within the group.
	 */
	private static List<UUID> circleWithin(Set<UUID> group, Map<UUID, List<UUID>> next) {
		UUID start = group.iterator().next();
		Map<UUID, UUID> cameFrom = new HashMap<>();
		Deque<UUID> queue = new ArrayDeque<>();
		queue.add(start);
		while (!queue.isEmpty()) {
			UUID node = queue.poll();
			for (UUID to : next.getOrDefault(node, List.of())) {
				if (!group.contains(to)) {
					continue;
				}
				if (to.equals(start)) {
					List<UUID> path = new ArrayList<>();
					for (UUID at = node; at != null; at = cameFrom.get(at)) {
						path.add(0, at);
					}
					path.add(start);
					return path;
				}
				if (!cameFrom.containsKey(to) && !to.equals(start)) {
					cameFrom.put(to, node);
					queue.add(to);
				}
			}
		}
		throw new IllegalStateException("A strongly connected group always has a way round");
	}

}
