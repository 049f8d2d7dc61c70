package io.ecstriage.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An `aws SERVICE OPERATION --opt value …` line split the way a POSIX shell would. */
public record AwsCommand(String service, String operation, Map<String, List<String>> options) {

    public static AwsCommand parse(String line) {
        if (line == null) return null;
        List<String> words = shellWords(line.replace("\\\r\n", " ").replace("\\\n", " "));
        int i = words.indexOf("aws");
        if (i < 0) return null;
        Map<String, List<String>> options = new LinkedHashMap<>();
        // global options may come before the service: aws --region R ecs describe-tasks ...
        int j = i + 1;
        while (j < words.size() && words.get(j).startsWith("--")) {
            String name = words.get(j);
            List<String> values = new ArrayList<>();
            if (j + 1 < words.size() && !words.get(j + 1).startsWith("--") && takesValue(name)) values.add(words.get(++j));
            options.put(name, values);
            j++;
        }
        if (words.size() < j + 2) return null;
        String service = words.get(j);
        String operation = words.get(j + 1);
        String current = null;
        for (String w : words.subList(j + 2, words.size())) {
            if (w.startsWith("--")) {
                int eq = w.indexOf('=');
                current = eq > 0 ? w.substring(0, eq) : w;
                options.computeIfAbsent(current, k -> new ArrayList<>());
                if (eq > 0) options.get(current).add(w.substring(eq + 1));
            } else if (current != null) {
                options.get(current).add(w);
            }
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        options.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new AwsCommand(service, operation, Map.copyOf(frozen));
    }

    private static boolean takesValue(String globalOption) {
        return List.of("--region", "--profile", "--endpoint-url", "--output", "--query", "--cli-read-timeout",
                "--cli-connect-timeout", "--ca-bundle", "--color").contains(globalOption);
    }

    public String first(String option) {
        List<String> v = options.get(option);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public List<String> all(String option) {
        return options.getOrDefault(option, List.of());
    }

    static List<String> shellWords(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else if (c == '\\' && quote == '"' && i + 1 < s.length() && "$`\"\\\n".indexOf(s.charAt(i + 1)) >= 0) cur.append(s.charAt(++i));
                else cur.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < s.length()) {
                cur.append(s.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) out.add(cur.toString());
                cur.setLength(0);
                inWord = false;
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (inWord) out.add(cur.toString());
        return out;
    }
}
