package io.ecstriage.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Gives every command the shared App through its constructor (no statics). */
final class CommandFactory implements CommandLine.IFactory {
    private final App app;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(App app) {
        this.app = app;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        try {
            Constructor<K> c = cls.getDeclaredConstructor(App.class);
            c.setAccessible(true);
            return c.newInstance(app);
        } catch (NoSuchMethodException e) {
            return fallback.create(cls);
        }
    }
}
