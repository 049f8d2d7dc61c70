package io.ecstriage.model;

/** One `portMappings[]` entry of a container definition. */
public record PortMapping(Integer containerPort, Integer hostPort, String protocol) {}
