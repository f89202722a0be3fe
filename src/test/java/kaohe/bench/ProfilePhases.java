package kaohe.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Sums a JFR recording of one {@code kaohe score} run by phase of the run, so that a change to one phase
 * can be judged by that phase's samples rather than by a wall time that the machine's load moves.
 *
 * <p>Each Java execution sample goes to the first phase whose marker class is on its stack, tried in the
 * order of {@link #PHASES}; native samples (inflating, deflating, file writes) are counted apart, because
 * JFR takes them at a different interval. The hottest frames of each phase follow.
 *
 * <p>Usage: {@code ProfilePhases RECORDING.jfr [TOP]}, as {@code scripts/profile} runs it.
 */
public final class ProfilePhases {

    /** Phase name to the class-name prefixes that mark it, tried in this order. */
    private static final Map<String, List<String>> PHASES = new LinkedHashMap<>();

    static {
        PHASES.put("intake", List.of("kaohe.intake.LedgerSink", "kaohe.intake.RecordBuilder"));
        PHASES.put("read", List.of("kaohe.ledger."));
        PHASES.put("notice", List.of("kaohe.notice.", "kaohe.report."));
        PHASES.put("scoring", List.of("kaohe.scoring."));
        PHASES.put("start-up and rules", List.of("kaohe."));
    }

    private ProfilePhases() {
    }

    public static void main(String[] args) throws IOException {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Tally java = new Tally();
        Tally nativeCode = new Tally();
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.ExecutionSample")) {
                java.add(event.getStackTrace());
            } else if (type.equals("jdk.NativeMethodSample")) {
                nativeCode.add(event.getStackTrace());
            }
        }
        System.out.println("Java samples by phase (" + java.total + " in all):");
        java.print(top);
        System.out.println("Native samples by phase (" + nativeCode.total + " in all):");
        nativeCode.print(top);
    }

    /** Returns the phase of a stack, innermost frame first, or "other" when no marker is on it. */
    static String phaseOf(List<String> classes) {
        for (Map.Entry<String, List<String>> phase : PHASES.entrySet()) {
            for (String marker : phase.getValue()) {
                if (classes.stream().anyMatch(name -> name.startsWith(marker))) {
                    return phase.getKey();
                }
            }
        }
        return "other";
    }

    /** Sample counts by phase, and by phase and innermost frame. */
    private static final class Tally {
        private final Map<String, Integer> byPhase = new HashMap<>();
        private final Map<String, Map<String, Integer>> byFrame = new HashMap<>();
        private int total;

        void add(RecordedStackTrace stack) {
            if (stack == null || stack.getFrames().isEmpty()) {
                return;
            }
            List<String> classes = new ArrayList<>();
            for (RecordedFrame frame : stack.getFrames()) {
                classes.add(frame.getMethod().getType().getName());
            }
            String phase = phaseOf(classes);
            RecordedFrame innermost = stack.getFrames().get(0);
            String frame = innermost.getMethod().getType().getName() + "." + innermost.getMethod().getName();
            byPhase.merge(phase, 1, Integer::sum);
            byFrame.computeIfAbsent(phase, key -> new HashMap<>()).merge(frame, 1, Integer::sum);
            total++;
        }

        void print(int top) {
            byPhase.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(phase -> {
                        System.out.printf("%7d  %s%n", phase.getValue(), phase.getKey());
                        byFrame.get(phase.getKey()).entrySet().stream()
                                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                                .limit(top)
                                .forEach(frame -> System.out.printf("%15d  %s%n", frame.getValue(), frame.getKey()));
                    });
        }
    }
}
