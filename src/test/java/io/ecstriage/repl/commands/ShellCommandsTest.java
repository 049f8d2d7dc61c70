package io.ecstriage.repl.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** ShellCommands' `subcommands` is the one list of doctor commands; docs/doctor.md's table names each of them. */
class ShellCommandsTest {
    private static final Pattern FIRST_WORD = Pattern.compile("`([a-z]+)");
    private static final Command SHELL = ShellCommands.class.getAnnotation(Command.class);

    @Test
    void everyCommandClassIsRegistered() {
        Set<String> written = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ecstriage.repl.commands").stream()
                .filter(c -> c.isAnnotatedWith(Command.class) && !c.isEquivalentTo(ShellCommands.class) && c.isTopLevelClass())
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> registered = Arrays.stream(SHELL.subcommands()).map(Class::getName).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(written, registered);
    }

    @Test
    void everyRegisteredCommandIsInTheDoctorGuide() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (String row : Files.readAllLines(Path.of("docs/doctor.md"))) {
            if (!row.startsWith("| `")) continue;
            Matcher m = FIRST_WORD.matcher(row.substring(0, row.indexOf(" |", 2)));
            while (m.find()) documented.add(m.group(1));
        }
        for (Class<?> c : SHELL.subcommands()) {
            String name = c.getAnnotation(Command.class).name();
            assertTrue(documented.contains(name), () -> "docs/doctor.md's command table does not name `" + name + "`: " + documented);
        }
    }
}
