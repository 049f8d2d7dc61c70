package io.ecstriage.engine;

import io.ecstriage.model.ContainerDefinition;
import io.ecstriage.model.CrashSignature;
import io.ecstriage.model.EcrImage;
import io.ecstriage.model.EcrImageCheck;
import io.ecstriage.model.EcrImageListing;
import io.ecstriage.model.EcsContainer;
import io.ecstriage.model.ErrorTexts;
import io.ecstriage.model.ImageRef;
import io.ecstriage.model.LoadBalancer;
import io.ecstriage.model.LoadBalancerAge;
import io.ecstriage.model.LogEvent;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.TaskLogTail;
import io.ecstriage.model.TextSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Cross-capture facts about failing tasks: the tails of their logs, whether their images exist, load balancer ages. */
final class TaskFailureFacts {
    /** How many of a stream's last lines are read for a crash. */
    static final int LOG_TAIL_LINES = 40;

    private final Snapshot snapshot;

    TaskFailureFacts(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    List<Object> all() {
        List<Object> out = new ArrayList<>(logTails());
        out.addAll(imageChecks());
        out.addAll(loadBalancerAges());
        return out;
    }

    /** awslogs streams are PREFIX/CONTAINER/TASK_ID; a pasted log with a crash in it counts as a tail without a task. */
    List<TaskLogTail> logTails() {
        LogIndex logs = LogIndex.of(snapshot);
        List<TaskLogTail> out = new ArrayList<>();
        for (Positions positions : logs.streams().values()) {
            int[] sorted = positions.toArray();
            logs.sortByTime(sorted, sorted.length);
            // only the last lines are read: the events from the end that hold them (each event's lines reversed),
            // then turned round into time order
            List<String> lines = new ArrayList<>();
            Positions sources = new Positions();
            for (int k = sorted.length - 1; k >= 0 && lines.size() < LOG_TAIL_LINES; k--) {
                int p = sorted[k];
                int before = lines.size();
                addLines(lines, sources, logs.event(p).message(), p, (logs.said(p) & LogWords.LINE_BREAK) != 0);
                Collections.reverse(lines.subList(before, lines.size()));
            }
            Collections.reverse(lines);
            int from = Math.max(0, lines.size() - LOG_TAIL_LINES);
            List<String> tail = lines.subList(from, lines.size());
            List<String> lower = new ArrayList<>(tail.size());
            // a line holding none of the words CrashSignature reads in lower case needs no lower case (null); the
            // sources were added from the last line back
            for (int i = from; i < lines.size(); i++) {
                int source = sources.get(lines.size() - 1 - i);
                lower.add(source < 0 ? lines.get(i).toLowerCase(Locale.ROOT)
                        : (logs.said(source) & LogWords.CRASH) != 0 ? logs.lowerMessage(source) : null);
            }
            LogEvent first = logs.event(sorted[0]);
            String[] parts = first.logStream().split("/");
            String taskId = parts.length >= 3 ? parts[parts.length - 1] : null;
            String container = parts.length >= 3 ? parts[parts.length - 2] : null;
            out.add(new TaskLogTail(first.region(), taskId, container, first.logGroup(), first.logStream(), tail,
                    CrashSignature.read(tail, lower)));
        }
        for (TextSignal s : snapshot.all(TextSignal.class)) {
            if (s.origin() != TextSignal.Origin.PASTED) continue;
            List<String> lines = List.of(s.text().split("\\R"));
            CrashSignature crash = CrashSignature.read(lines);
            if (crash != null) out.add(new TaskLogTail(snapshot.region(), null, null, null, "pasted text " + s.ref(), lines, crash));
        }
        return out;
    }

    private static final char[] LINE_BREAKS = {'\n', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029'};

    /**
     * The message's lines as split("\\R") gives them, each with its event's position when it is the whole message
     * (its lower case is then the index's) or -1; most events are one line, which needs no regex.
     */
    private static void addLines(List<String> lines, Positions sources, String message, int position, boolean mayBreak) {
        if (mayBreak && hasLineBreak(message)) {
            for (String line : message.split("\\R")) {
                lines.add(line);
                sources.add(-1);
            }
            return;
        }
        lines.add(message);
        sources.add(position);
    }

    private static boolean hasLineBreak(String message) {
        // \R's characters, each found by the vectorised indexOf rather than a loop over every character
        for (char c : LINE_BREAKS) if (message.indexOf(c) >= 0) return true;
        return false;
    }

    /** Each ECR image a task uses or a pull error names, checked against describe-images listings of its own region. */
    List<EcrImageCheck> imageChecks() {
        Set<String> images = new LinkedHashSet<>();
        snapshot.all(EcsContainer.class).forEach(c -> images.add(c.image()));
        snapshot.all(ContainerDefinition.class).forEach(c -> images.add(c.image()));
        for (TextSignal s : snapshot.all(TextSignal.class)) ErrorTexts.ecrImages(s.text()).forEach(r -> images.add(r.raw()));
        List<EcrImageCheck> out = new ArrayList<>();
        for (String image : images) {
            ImageRef ref = ImageRef.parse(image);
            if (image == null || !ref.isEcr()) continue;
            String tag = ref.digest() == null ? ref.tagOrLatest() : ref.tag();
            for (EcrImageListing l : snapshot.all(EcrImageListing.class)) {
                if (!l.covers(ref.ecrRegion(), ref.repository(), tag, ref.digest())) continue;
                List<EcrImage> held = snapshot.all(EcrImage.class).stream()
                        .filter(i -> ref.ecrRegion().equals(i.region()) && ref.repository().equals(i.repositoryName())).toList();
                boolean present = held.stream().anyMatch(i -> ref.digest() != null ? ref.digest().equals(i.digest()) : i.tags().contains(tag));
                List<String> tags = held.stream().flatMap(i -> i.tags().stream()).distinct().sorted().toList();
                out.add(new EcrImageCheck(ref.ecrRegion(), image, ref.repository(), ref.digest() != null ? ref.digest() : tag, present,
                        l.command(), tags));
                break;
            }
        }
        return out;
    }

    List<LoadBalancerAge> loadBalancerAges() {
        Instant now = snapshot.capturedAt();
        List<LoadBalancerAge> out = new ArrayList<>();
        if (now == null) return out;
        for (LoadBalancer lb : snapshot.all(LoadBalancer.class)) {
            if (lb.createdTime() == null) continue;
            out.add(new LoadBalancerAge(lb.region(), lb.arn(), lb.name(), lb.dnsName(), lb.stateCode(),
                    Math.max(0, Duration.between(lb.createdTime(), now).toMinutes())));
        }
        return out;
    }
}
