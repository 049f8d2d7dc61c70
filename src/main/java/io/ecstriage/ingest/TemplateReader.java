package io.ecstriage.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.ecstriage.model.TemplateLines;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a CloudFormation template (JSON, or YAML with short-form tags such as !Ref, !GetAtt, !Sub) into the lines
 * of its resources and their properties. YAML is only composed into nodes, never constructed, so any tag parses.
 */
public final class TemplateReader {
    private final InputLoader loader;

    public TemplateReader(long maxBytes) {
        this.loader = new InputLoader(maxBytes);
    }

    /** @param workingDir the report names the file relative to it when the file is below it */
    public TemplateLines read(String path, Path workingDir) {
        RawInput raw = loader.load(path, java.io.InputStream.nullInputStream());
        Tree root = raw.text().stripLeading().startsWith("{") ? json(path, raw.text()) : yaml(path, raw.text());
        Tree resources = root.fields == null ? null : root.fields.get("Resources");
        if (resources == null || resources.fields == null) throw new InputException(path + ": not a CloudFormation template (no Resources mapping)");
        Map<String, TemplateLines.Resource> out = new LinkedHashMap<>();
        resources.fields.forEach((logicalId, resource) -> {
            List<TemplateLines.Entry> entries = new ArrayList<>();
            Tree properties = resource.fields == null ? null : resource.fields.get("Properties");
            if (properties != null) collect(properties, entries);
            out.put(logicalId, new TemplateLines.Resource(resources.keyLines.get(logicalId), entries));
        });
        return new TemplateLines(uri(Path.of(path), workingDir), out);
    }

    private static void collect(Tree node, List<TemplateLines.Entry> entries) {
        if (node.fields != null) {
            node.fields.forEach((key, child) -> {
                entries.add(new TemplateLines.Entry(key, node.keyLines.get(key), child.scalar));
                collect(child, entries);
            });
        } else if (node.items != null) {
            for (Tree item : node.items) collect(item, entries);
        }
    }

    /** Relative to the working directory with '/' separators when below it (what code scanning expects), else a file: URI. */
    static String uri(Path file, Path workingDir) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = workingDir.toAbsolutePath().normalize();
        if (!abs.startsWith(base) || abs.equals(base)) return abs.toUri().toString();
        String rel = base.relativize(abs).toString().replace(java.io.File.separatorChar, '/');
        try {
            return new URI(null, null, rel, null).toASCIIString();
        } catch (URISyntaxException e) {
            return abs.toUri().toString();
        }
    }

    /** A template node: a scalar, a mapping (with each key's line) or a sequence; lines are 1-based. */
    private record Tree(String scalar, Map<String, Tree> fields, Map<String, Integer> keyLines, List<Tree> items) {
        static Tree ofScalar(String s) {
            return new Tree(s, null, null, null);
        }
    }

    private static Tree yaml(String path, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Node node;
        try {
            node = new Yaml(options).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new InputException(path + ": line " + line + ": not valid YAML (" + e.getProblem() + ")");
        } catch (YAMLException e) {
            throw new InputException(path + ": not valid YAML (" + e.getMessage() + ")");
        }
        if (node == null) throw new InputException(path + ": empty template");
        return tree(node);
    }

    private static Tree tree(Node node) {
        if (node instanceof ScalarNode s) return Tree.ofScalar(s.getValue());
        if (node instanceof SequenceNode seq) {
            List<Tree> items = new ArrayList<>();
            for (Node n : seq.getValue()) items.add(tree(n));
            return new Tree(null, null, null, items);
        }
        MappingNode map = (MappingNode) node;
        Map<String, Tree> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) continue;
            fields.put(key.getValue(), tree(t.getValueNode()));
            lines.put(key.getValue(), key.getStartMark().getLine() + 1);
        }
        return new Tree(null, fields, lines, null);
    }

    private static Tree json(String path, String text) {
        try (JsonParser p = new JsonFactory().createParser(text)) {
            if (p.nextToken() == null) throw new InputException(path + ": empty template");
            Tree root = json(p);
            if (p.nextToken() != null) throw new InputException(path + ": line " + p.currentTokenLocation().getLineNr() + ": text after the template's JSON");
            return root;
        } catch (JsonProcessingException e) {
            throw new InputException(path + ": line " + e.getLocation().getLineNr() + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new InputException(path + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** The value at the parser's current token. */
    private static Tree json(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Tree> fields = new LinkedHashMap<>();
            Map<String, Integer> lines = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int line = p.currentTokenLocation().getLineNr();
                p.nextToken();
                fields.put(key, json(p));
                lines.put(key, line);
            }
            return new Tree(null, fields, lines, null);
        }
        if (t == JsonToken.START_ARRAY) {
            List<Tree> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) items.add(json(p));
            return new Tree(null, null, null, items);
        }
        return Tree.ofScalar(t == JsonToken.VALUE_NULL ? null : p.getText());
    }
}
