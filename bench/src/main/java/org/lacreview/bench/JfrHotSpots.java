package org.lacreview.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads the CPU samples ({@code jdk.ExecutionSample}) of a JFR recording with their whole
 * stacks, which {@code jfr print} cuts at five frames, and prints where the time goes:
 * <ul>
 * <li>self: the method on top of the stack (where the CPU actually was);</li>
 * <li>inclusive, project: each {@code org.lacreview} method anywhere on the stack (a
 * method counted once per sample even when recursive) — which of our methods the time is
 * spent under;</li>
 * <li>inclusive, library calls: the first non-project frame called from project code —
 * which library call our code spends its time in.</li>
 * </ul>
 * The same for allocations ({@code jdk.ObjectAllocationSample}, weighted by the bytes
 * each sample stands for), when the recording has them (JFR's "profile" settings). Usage:
 * {@code java -cp bench/target/benchmarks.jar org.lacreview.bench.JfrHotSpots x.jfr [thread-name-part] [top]}
 */
public final class JfrHotSpots {

	private static final String PROJECT = "org.lacreview.";

	private JfrHotSpots() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length == 0) {
			System.err.println("usage: JfrHotSpots <recording.jfr> [thread-name-part] [top]");
			System.exit(2);
		}
		String thread = args.length > 1 ? args[1] : "";
		int top = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		Map<String, Integer> self = new HashMap<>();
		Map<String, Integer> project = new HashMap<>();
		Map<String, Integer> calls = new HashMap<>();
		Map<String, Integer> threads = new HashMap<>();
		Map<String, Long> allocSelf = new HashMap<>();
		Map<String, Long> allocProject = new HashMap<>();
		Map<String, Long> allocCalls = new HashMap<>();
		long allocated = 0;
		int total = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
			if (event.getEventType().getName().equals("jdk.ObjectAllocationSample")) {
				String name = event.getThread("eventThread") == null ? "?"
						: event.getThread("eventThread").getJavaName();
				RecordedStackTrace stack = event.getStackTrace();
				if (name == null || !name.contains(thread) || stack == null || stack.getFrames().isEmpty()) {
					continue;
				}
				long weight = event.getLong("weight");
				allocated += weight;
				List<RecordedFrame> frames = stack.getFrames();
				allocSelf.merge(event.getClass("objectClass").getName() + " in " + method(frames.get(0)), weight,
						Long::sum);
				Set<String> mine = new LinkedHashSet<>();
				Set<String> called = new LinkedHashSet<>();
				collect(frames, mine, called);
				mine.forEach(m -> allocProject.merge(m, weight, Long::sum));
				called.forEach(m -> allocCalls.merge(m, weight, Long::sum));
				continue;
			}
			if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
				continue;
			}
			String name = event.getThread("sampledThread") == null ? "?"
					: event.getThread("sampledThread").getJavaName();
			if (name == null || !name.contains(thread)) {
				continue;
			}
			RecordedStackTrace stack = event.getStackTrace();
			if (stack == null || stack.getFrames().isEmpty()) {
				continue;
			}
			total++;
			threads.merge(name, 1, Integer::sum);
			List<RecordedFrame> frames = stack.getFrames();
			self.merge(method(frames.get(0)), 1, Integer::sum);
			Set<String> mine = new LinkedHashSet<>();
			Set<String> called = new LinkedHashSet<>();
			collect(frames, mine, called);
			mine.forEach(m -> project.merge(m, 1, Integer::sum));
			called.forEach(m -> calls.merge(m, 1, Integer::sum));
		}
		System.out.printf(Locale.ROOT, "%d CPU samples%s%n", total,
				thread.isEmpty() ? "" : " on threads containing '" + thread + "'");
		print("threads", threads, total, 5);
		print("self (top of stack)", self, total, top);
		print("inclusive, project methods", project, total, top);
		print("inclusive, library calls made by project code", calls, total, top);
		if (allocated > 0) {
			System.out.printf(Locale.ROOT, "%n%n%,d MB allocated (estimated from allocation samples)%n",
					allocated >> 20);
			printBytes("allocations: class in method", allocSelf, allocated, top);
			printBytes("allocations, inclusive, project methods", allocProject, allocated, top);
			printBytes("allocations, inclusive, library calls made by project code", allocCalls, allocated, top);
		}
	}

	/**
	 * frames[0] is the top; a library frame right above (called by) a project frame is a
	 * library call.
	 */
	private static void collect(List<RecordedFrame> frames, Set<String> mine, Set<String> called) {
		for (int i = 0; i < frames.size(); i++) {
			String m = method(frames.get(i));
			if (m.startsWith(PROJECT) && !m.startsWith(PROJECT + "bench.")) {
				mine.add(m);
				if (i > 0 && !method(frames.get(i - 1)).startsWith(PROJECT)) {
					called.add(method(frames.get(i - 1)) + "  <- " + shortName(m));
				}
			}
		}
	}

	private static void printBytes(String title, Map<String, Long> bytes, long total, int top) {
		System.out.println();
		System.out.println("## " + title);
		bytes.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(top)
			.forEach(e -> System.out.printf(Locale.ROOT, "%8.1f MB  %5.1f%%  %s%n", e.getValue() / 1048576.0,
					100.0 * e.getValue() / total, e.getKey()));
	}

	private static String method(RecordedFrame frame) {
		RecordedMethod method = frame.getMethod();
		return method == null ? "?" : method.getType().getName() + "." + method.getName();
	}

	private static String shortName(String method) {
		return method.startsWith(PROJECT) ? method.substring(PROJECT.length()) : method;
	}

	private static void print(String title, Map<String, Integer> counts, int total, int top) {
		System.out.println();
		System.out.println("## " + title);
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(top)
			.forEach(e -> System.out.printf(Locale.ROOT, "%6d  %5.1f%%  %s%n", e.getValue(),
					100.0 * e.getValue() / Math.max(1, total), e.getKey()));
	}

}
