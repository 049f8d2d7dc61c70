package io.ecstriage.ingest;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.model.EcrListing;
import io.ecstriage.model.FailedCommand;
import io.ecstriage.model.TextSignal;
import io.ecstriage.model.TextSignal.Origin;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text captures: a pasted error, or the error output of a command the user ran. */
final class TextCaptureReader {
    private static final Pattern REPO_NOT_FOUND =
            Pattern.compile("RepositoryNotFoundException.*?repository with name '([^']+)' does not exist", Pattern.DOTALL);

    void read(ReadContext ctx) {
        String text = ctx.capture().text();
        AwsCall command = ctx.command();
        if (command == null) {
            ctx.add(TextSignal.of(Origin.PASTED, ctx.capture().source(), text, null));
            return;
        }
        ctx.add(new FailedCommand(ctx.region(), ctx.capture().command(), command.service(), command.operation(),
                command.options(), text));
        ctx.add(TextSignal.of(Origin.COMMAND_ERROR, ctx.capture().command(), text, null));
        Matcher m = REPO_NOT_FOUND.matcher(text);
        if ("ecr".equals(command.service()) && m.find()) {
            // "does not exist" from describe-repositories is as good as a listing without the repository
            ctx.add(new EcrListing(ctx.region(), List.of(m.group(1)), false));
        }
        if ("ecr".equals(command.service()) && "describe-images".equals(command.operation()) && text.contains("ImageNotFoundException")
                && ctx.option("--repository-name") != null && !ctx.options("--image-ids").isEmpty()) {
            // "The image with imageId … does not exist": a listing of the asked-for images that holds none of them
            ctx.add(io.ecstriage.ingest.shapes.EcrReaders.imageListing(ctx, ctx.option("--repository-name"), false));
        }
    }
}
