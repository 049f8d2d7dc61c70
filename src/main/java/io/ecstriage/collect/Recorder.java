package io.ecstriage.collect;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.aws.CliJson;
import io.ecstriage.aws.ReadOnlyGuard;
import io.ecstriage.aws.wire.WireClient;
import io.ecstriage.aws.wire.WireException;
import io.ecstriage.ingest.Capture;
import io.ecstriage.aws.AwsCall;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs one read call and records what the aws CLI would have printed for it. A denied, throttled, timed-out or
 * server-failed (5xx after the SDK's retries) call becomes a collection gap (the report's missing evidence, with the
 * IAM action) and the rest goes on; any other service error (not found, invalid parameter) is recorded as the CLI's
 * error text, which rules read as the answer it is.
 */
public final class Recorder {
    private static final Set<String> DENIED = Set.of("AccessDenied", "AccessDeniedException", "UnauthorizedOperation",
            "UnauthorizedAccess", "UnauthorizedException", "AuthorizationError", "AuthFailure");
    private final List<Capture> captures = new ArrayList<>();
    private final Progress progress;

    public Recorder(Progress progress) {
        this.progress = progress;
    }

    /**
     * @param read the equivalent aws CLI call, with its Region
     * @return the response, or null when the call failed (then what the CLI would have said is recorded)
     */
    public <R extends SdkPojo> R call(AwsCall read, Supplier<R> call) {
        String region = read.region();
        String command = read.render();
        progress.started(command);
        try {
            R response = call.get();
            ObjectNode output = CliJson.render(response);
            add(new Capture(null, command, region, output, null, null));
            return response;
        } catch (ReadOnlyGuard.MutatingCallRefusedException e) {
            throw e; // a bug in a collector, never a gap
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            if (code != null && DENIED.contains(code)) gap(read, command, code, message);
            else if (e.isThrottlingException()) gap(read, command, code == null ? "Throttling" : code, message);
            else if (e.statusCode() >= 500) gap(read, command, code == null ? "HTTP " + e.statusCode() : code, message);
            else add(new Capture(null, command, region, null, cliErrorText(read, code, message), null));
            return null;
        } catch (ApiCallTimeoutException | ApiCallAttemptTimeoutException e) {
            gap(read, command, "Timeout", firstLine(e.getMessage()));
            return null;
        } catch (SdkClientException e) {
            gap(read, command, "ClientError", firstLine(e.getMessage()));
            return null;
        } catch (SdkException e) {
            gap(read, command, e.getClass().getSimpleName(), firstLine(e.getMessage()));
            return null;
        } finally {
            progress.finished();
        }
    }

    /** Whether a gap's error code is a refusal (denied or throttled) that asking again now would meet again. */
    static boolean refusal(String code) {
        return code != null && (DENIED.contains(code) || code.matches("(?i).*(throttl|limitexceeded|toomanyrequests).*"));
    }

    private void gap(AwsCall read, String command, String code, String message) {
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        error.put("code", code);
        error.put("message", message == null ? "" : message);
        error.put("iamAction", read.iamAction());
        add(new Capture(null, command, read.region(), null, null, error));
    }

    /** What the aws CLI prints on stderr for a failed call. */
    static String cliErrorText(AwsCall read, String code, String message) {
        return "An error occurred (" + code + ") when calling the " + read.apiOperation()
                + " operation: " + (message == null ? "" : message);
    }

    /**
     * Runs one read through the wire client and records its answer, or what the CLI would have said, or the gap.
     *
     * @return the answer as the CLI prints it, or null when the call failed
     */
    public ObjectNode read(AwsCall read, Supplier<ObjectNode> call) {
        String region = read.region();
        String command = read.render();
        progress.started(command);
        try {
            ObjectNode output = call.get();
            add(new Capture(null, command, region, output, null, null));
            return output;
        } catch (WireClient.RefusedException e) {
            throw e; // a bug in a collector, never a gap
        } catch (WireException e) {
            String code = e.code();
            String message = e.awsMessage();
            switch (e.kind()) {
                case TIMEOUT -> gap(read, command, "Timeout", firstLine(message));
                case CONNECTION -> gap(read, command, "ClientError", firstLine(message));
                default -> {
                    if (code != null && DENIED.contains(code)) gap(read, command, code, message);
                    else if (e.isThrottling()) gap(read, command, code == null ? "Throttling" : code, message);
                    else if (e.status() >= 500) gap(read, command, code == null || code.equals(String.valueOf(e.status())) ? "HTTP " + e.status() : code, message);
                    else add(new Capture(null, command, region, null, cliErrorText(read, code, message), null));
                }
            }
            return null;
        } finally {
            progress.finished();
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl >= 0 ? s.substring(0, nl) : s;
    }

    private synchronized void add(Capture r) {
        captures.add(r);
    }

    /**
     * A read made before it is known to be wanted (a log tail before its group is known to exist, an image before its
     * repository is): `once` (a single attempt, no retries: under throttling it costs one call, not five) is recorded
     * apart, and nothing joins this recorder's captures until {@link #keep}.
     */
    Ahead readAhead(AwsCall read, Supplier<ObjectNode> once, Runnable readAgain) {
        Recorder apart = new Recorder(progress);
        apart.read(read, once);
        return new Ahead(apart, readAgain);
    }

    /** A read made ahead ({@link #readAhead}): its captures, and the same read with the retries. */
    record Ahead(Recorder captured, Runnable readAgain) {}

    /** Records `output` as the answer to `read`, taken from an answer read before (a wider read made ahead). */
    void answered(AwsCall read, ObjectNode output) {
        progress.started(read.render());
        add(new Capture(null, read.render(), read.region(), output, null, null));
        progress.finished();
    }

    /** Records a read made ahead: as it was read, or read again now (with the retries) if that single attempt left a gap. */
    void keep(Ahead ahead) {
        if (ahead.captured().hasGap()) ahead.readAgain().run();
        else ahead.captured().captures().forEach(this::add);
    }

    /** Whether some read left a gap (denied, throttled, timed out, failed on AWS's side) rather than an answer or error text. */
    private synchronized boolean hasGap() {
        return captures.stream().anyMatch(c -> c.error() != null);
    }

    /** The captures in a stable order (collection order varies with the fan-out): by service, then command. */
    public synchronized List<Capture> captures() {
        return sorted(captures);
    }

    /** Captures in the order {@link #captures()} gives them. */
    static List<Capture> sorted(List<Capture> captures) {
        List<Capture> out = new ArrayList<>(captures);
        out.sort(Comparator.comparingInt((Capture r) -> ServiceOrder.of(r.command())).thenComparing(Capture::command)
                .thenComparing(r -> r.region() == null ? "" : r.region()));
        return out;
    }
}
