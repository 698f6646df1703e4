package org.eregistrations.engine.ruleset;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the class names its parent could not find. Drools probes many names that do not exist while compiling
 * DRL, and class loaders such as Quarkus' reopen jars for each probe; remembering the misses makes compiling several
 * times faster (see STACK.md).
 */
final class RememberingClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    RememberingClassLoader(ClassLoader parent) {
        super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (missing.contains(name)) {
            throw new ClassNotFoundException(name);
        }
        try {
            return super.loadClass(name, resolve);
        } catch (ClassNotFoundException e) {
            missing.add(name);
            throw e;
        }
    }
}
