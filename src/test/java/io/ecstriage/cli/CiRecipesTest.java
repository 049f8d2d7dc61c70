package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.aws.ShellWords;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docs/ci.md's recipes stay valid YAML, and every ecs-triage command in them parses with today's CLI. */
class CiRecipesTest {
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);
    private static final Set<String> SHELL_OPERATORS = Set.of(">", "|", "||", "&&", ";", "2>/dev/null");

    @Test
    void recipesParseAndTheirCommandsAreOurs() throws IOException {
        String doc = Files.readString(TestDiagnosis.projectDir().resolve("docs/ci.md"));
        Matcher m = YAML_BLOCK.matcher(doc);
        List<String> scripts = new ArrayList<>();
        int blocks = 0;
        while (m.find()) {
            blocks++;
            Object yaml = new Yaml().load(m.group(1));
            strings(yaml, scripts);
        }
        assertEquals(2, blocks, "GitHub Actions and GitLab CI");
        List<List<String>> commands = new ArrayList<>();
        for (String script : scripts) {
            for (String line : script.replace("\\\n", " ").split("\n")) {
                List<String> words = ShellWords.split(line);
                if (words == null) continue;
                for (int i = 0; i < words.size(); i++) {
                    if (words.get(i).endsWith("bin/ecs-triage") || words.get(i).equals("$triage")) {
                        List<String> args = new ArrayList<>();
                        for (String w : words.subList(i + 1, words.size())) {
                            if (SHELL_OPERATORS.contains(w)) break;
                            args.add(w);
                        }
                        commands.add(args);
                    }
                }
            }
        }
        assertTrue(commands.size() >= 4, commands::toString);
        assertTrue(commands.stream().anyMatch(c -> c.containsAll(List.of("--format", "sarif", "--template"))), commands::toString);
        assertTrue(commands.stream().anyMatch(c -> c.containsAll(List.of("--format", "junit"))), commands::toString);
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        for (List<String> c : commands) {
            String[] args = c.toArray(String[]::new);
            assertDoesNotThrow(() -> Main.commandLine(new App(nowhere, nowhere, InputStream.nullInputStream(),
                    new Terminal(false, Map.of())), args).parseArgs(args), () -> String.join(" ", c));
        }
    }

    private static void strings(Object node, List<String> out) {
        if (node instanceof String s) out.add(s);
        else if (node instanceof Map<?, ?> map) map.values().forEach(v -> strings(v, out));
        else if (node instanceof List<?> list) list.forEach(v -> strings(v, out));
    }
}
