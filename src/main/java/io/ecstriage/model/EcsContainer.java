package io.ecstriage.model;

/** A container of a described task, with its own status, exit code and reason. */
public record EcsContainer(String region, String taskArn, String taskId, String name, String image,
                           String lastStatus, Integer exitCode, String reason, String healthStatus) implements Regional {

    public ImageRef imageRef() {
        return ImageRef.parse(image);
    }

    /** The region of the ECR registry the image comes from, or null for other registries. */
    public String imageRegion() {
        return imageRef().ecrRegion();
    }

    public String imageRepository() {
        return imageRef().repository();
    }
}
