package io.ecstriage.collect;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One capture as the fixture format writes it: a command with its output, with the error text the aws CLI
 * prints, or with a collection gap (`error`: code, message, IAM action) when the call was denied, throttled
 * or timed out.
 */
public record Recorded(String command, String region, ObjectNode output, String text, ObjectNode error) {}
