package io.ecstriage.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed container image reference; ECR images carry their registry's account and region. */
public record ImageRef(String raw, String registry, String repository, String tag, String digest,
                       String ecrAccount, String ecrRegion) {

    private static final Pattern ECR = Pattern.compile("^(\\d{12})\\.dkr\\.ecr(?:-fips)?\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?$");

    /** Rule conditions read the image of every container of every task, often one image: parsed once per image. */
    private static final Memo<String, ImageRef> PARSED = Memo.byValue(1024, ImageRef::read);

    public static ImageRef parse(String image) {
        return image == null ? read(null) : PARSED.get(image);
    }

    private static ImageRef read(String image) {
        if (image == null || image.isBlank()) return new ImageRef(image, null, null, null, null, null, null);
        String rest = image.trim();
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String registry = null;
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first;
                rest = rest.substring(slash + 1);
            }
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > 0 && !rest.substring(colon).contains("/")) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        String account = null;
        String region = null;
        if (registry != null) {
            Matcher m = ECR.matcher(registry);
            if (m.matches()) {
                account = m.group(1);
                region = m.group(2);
            }
        }
        return new ImageRef(image, registry, rest, tag, digest, account, region);
    }

    public boolean isEcr() {
        return ecrRegion != null;
    }

    /** The same image in another region's registry of the same account. */
    public String inRegion(String region) {
        String ref = ecrAccount + ".dkr.ecr." + region + ".amazonaws.com/" + repository;
        return ref + (tag != null ? ":" + tag : digest != null ? "@" + digest : "");
    }

    public String tagOrLatest() {
        return tag != null ? tag : digest == null ? "latest" : null;
    }

    // written out: a generated one links an ObjectMethods bootstrap at its first call in every run (RecordMethodsTest)
    @Override
    public boolean equals(Object other) {
        return other instanceof ImageRef o && Objects.equals(raw, o.raw)
                && Objects.equals(registry, o.registry)
                && Objects.equals(repository, o.repository)
                && Objects.equals(tag, o.tag)
                && Objects.equals(digest, o.digest)
                && Objects.equals(ecrAccount, o.ecrAccount)
                && Objects.equals(ecrRegion, o.ecrRegion);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(raw);
        h = 31 * h + Objects.hashCode(registry);
        h = 31 * h + Objects.hashCode(repository);
        h = 31 * h + Objects.hashCode(tag);
        h = 31 * h + Objects.hashCode(digest);
        h = 31 * h + Objects.hashCode(ecrAccount);
        h = 31 * h + Objects.hashCode(ecrRegion);
        return h;
    }
}
