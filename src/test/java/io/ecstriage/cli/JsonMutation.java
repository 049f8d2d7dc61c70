package io.ecstriage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One edit of a JSON tree at the {@code target}-th value (pre-order, modulo the tree's size): drop it, give it
 * another type ({@code variant} picks which), or duplicate it (an array element twice, a field's value copied onto
 * a sibling field).
 */
record JsonMutation(Kind kind, int target, int variant) {
    enum Kind { DROP, RETYPE, DUPLICATE }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private record Slot(JsonNode parent, String field, int index) {
        JsonNode value() {
            return field != null ? parent.get(field) : parent.get(index);
        }
    }

    JsonNode apply(JsonNode tree) {
        JsonNode copy = tree.deepCopy();
        List<Slot> slots = new ArrayList<>();
        collect(copy, slots);
        if (slots.isEmpty()) return copy;
        Slot slot = slots.get(target % slots.size());
        switch (kind) {
            case DROP -> {
                if (slot.field != null) ((ObjectNode) slot.parent).remove(slot.field);
                else ((ArrayNode) slot.parent).remove(slot.index);
            }
            case RETYPE -> set(slot, retyped(slot.value()));
            case DUPLICATE -> {
                if (slot.field == null) {
                    ((ArrayNode) slot.parent).insert(slot.index, slot.value().deepCopy());
                } else {
                    List<String> names = new ArrayList<>();
                    slot.parent.fieldNames().forEachRemaining(names::add);
                    ((ObjectNode) slot.parent).set(names.get(variant % names.size()), slot.value().deepCopy());
                }
            }
        }
        return copy;
    }

    private JsonNode retyped(JsonNode v) {
        return switch (variant % 9) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode(v.isValueNode() ? v.asText() + "x" : "x");
            case 2 -> NODES.numberNode(variant - 32);
            case 3 -> NODES.booleanNode(variant % 2 == 0);
            case 4 -> NODES.arrayNode();
            case 5 -> NODES.objectNode();
            case 6 -> NODES.arrayNode().add(v.deepCopy());
            case 7 -> NODES.textNode(v.toString());
            default -> v.isArray() && !v.isEmpty() ? v.get(0).deepCopy() : NODES.textNode("");
        };
    }

    private static void set(Slot slot, JsonNode value) {
        if (slot.field != null) ((ObjectNode) slot.parent).set(slot.field, value);
        else ((ArrayNode) slot.parent).set(slot.index, value);
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                out.add(new Slot(node, n, -1));
                collect(node.get(n), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, null, i));
                collect(node.get(i), out);
            }
        }
    }
}
