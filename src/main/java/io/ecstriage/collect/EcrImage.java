package io.ecstriage.collect;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An image URI that names an ECR registry: account.dkr.ecr.REGION.amazonaws.com/REPO[:TAG|@DIGEST]. */
record EcrImage(String account, String region, String repository, String tag, String digest) {
    private static final Pattern URI = Pattern.compile(
            "^(\\d{12})\\.dkr\\.ecr(?:-fips)?\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?/([^:@]+)(?::([^@]+))?(?:@(.+))?$");

    static EcrImage parse(String image) {
        if (image == null) return null;
        Matcher m = URI.matcher(image.trim());
        if (!m.matches()) return null;
        String tag = m.group(4) == null && m.group(5) == null ? "latest" : m.group(4);
        return new EcrImage(m.group(1), m.group(2), m.group(3), tag, m.group(5));
    }

    // written out: a generated one links an ObjectMethods bootstrap at its first call in every run (RecordMethodsTest)
    @Override
    public boolean equals(Object other) {
        return other instanceof EcrImage o && Objects.equals(account, o.account)
                && Objects.equals(region, o.region)
                && Objects.equals(repository, o.repository)
                && Objects.equals(tag, o.tag)
                && Objects.equals(digest, o.digest);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(account);
        h = 31 * h + Objects.hashCode(region);
        h = 31 * h + Objects.hashCode(repository);
        h = 31 * h + Objects.hashCode(tag);
        h = 31 * h + Objects.hashCode(digest);
        return h;
    }
}
