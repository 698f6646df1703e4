package org.eregistrations.config.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eregistrations.config.sandbox.HostileBundle.condition;
import static org.eregistrations.config.sandbox.HostileBundle.consequence;
import static org.eregistrations.config.sandbox.HostileBundle.header;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eregistrations.config.TestBundles;
import org.eregistrations.config.bundle.BundleCompiler;
import org.eregistrations.config.scenario.TestReport;
import org.eregistrations.config.yaml.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile bundles, each trying one way out of the rules, go through what {@code service-tool test}, the folder watch
 * and an upload do (load, validate, compile, run the scenarios). Each is refused at its {@code file:line}, and no code
 * of it ran: the file it would write is absent, the property it would set is unset, the class it imports was never
 * loaded, the port it would reach was never reached, and no scenario ran.
 */
class RuleSandboxTest {
    private static final String NOT_ALLOWED = "is not allowed in rules (rules may only read facts and derive facts)";
    private static final String UNICODE_JAVA = "\\u006a\\u0061\\u0076\\u0061";

    @TempDir
    Path dir;

    private ServerSocket listener;
    private String threadName;

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0);
        listener.setSoTimeout(1);
        threadName = Thread.currentThread().getName();
    }

    @AfterEach
    void close() throws IOException {
        listener.close();
    }

    static Stream<HostileBundle> hostileBundles() {
        return Stream.of(
                consequence(
                        "file I/O",
                        "java.nio.file.Files.writeString(java.nio.file.Path.of(\"MARKER\"), \"ran\");",
                        "7:5: the name 'java.nio.file.Files'"),
                header(
                        "imported file I/O",
                        "import java.nio.file.Files",
                        "Files.writeString(java.nio.file.Path.of(\"MARKER\"), \"ran\");",
                        "2:1: the import java.nio.file.Files"),
                consequence(
                        "Runtime.exec",
                        "Runtime.getRuntime().exec(new String[] {\"touch\", \"MARKER\"}).waitFor();",
                        "7:5: the name 'Runtime'"),
                consequence(
                        "ProcessBuilder",
                        "new ProcessBuilder(\"touch\", \"MARKER\").start().waitFor();",
                        "7:9: the type ProcessBuilder"),
                consequence(
                        "reflection through getClass().forName",
                        "\"x\".getClass().forName(\"java.lang.System\")"
                                + ".getMethod(\"setProperty\", String.class, String.class).invoke(null, \"KEY\", \"ran\");",
                        "7:5: the method String.getClass"),
                consequence(
                        "Class.forName",
                        "Class.forName(\"java.lang.System\")"
                                + ".getMethod(\"setProperty\", String.class, String.class).invoke(null, \"KEY\", \"ran\");",
                        "7:5: the name 'Class'"),
                consequence("System.exit", "System.exit(0);", "7:5: the name 'System'"),
                consequence(
                        "System.getProperty",
                        "insertLogical(new Computed(\"home\", System.getProperty(\"user.home\")));",
                        "7:40: the name 'System'"),
                consequence("threads", "Thread.currentThread().setName(\"KEY\");", "7:5: the name 'Thread'"),
                consequence(
                        "network",
                        "new java.net.Socket(\"127.0.0.1\", PORT).close();",
                        "7:9: the type java.net.Socket"),
                header(
                        "static initialiser of an imported class",
                        "import org.eregistrations.config.sandbox.Tripwire",
                        "insertLogical(new Computed(\"t\", Tripwire.NAME));",
                        "2:1: the import org.eregistrations.config.sandbox.Tripwire"),
                consequence(
                        "fully qualified name without an import",
                        "java.lang.System.setProperty(\"KEY\", \"ran\");",
                        "7:5: the name 'java.lang.System'"),
                consequence(
                        "MVEL new java.io.File",
                        "new java.io.File(\"MARKER\").createNewFile();",
                        "7:9: the type java.io.File"),
                new HostileBundle(
                        "string-built class name",
                        "evil.drl",
                        HostileBundle.rule(
                                "",
                                "$a : Answer(name == \"isImporter\")",
                                "$a.getClass().getClassLoader().loadClass(\"java.la\" + \"ng.System\")"
                                        + ".getMethod(\"setProperty\", String.class, String.class)"
                                        + ".invoke(null, \"KEY\", \"ran\");"),
                        7,
                        "7:5: the method Answer.getClass"),
                header(
                        "function declaration",
                        "function void mark() { java.lang.System.setProperty(\"KEY\", \"ran\"); }",
                        "mark();",
                        "2:1: the function mark"),
                header(
                        "global",
                        "global java.util.Map settings",
                        "settings.put(\"KEY\", \"ran\");",
                        "2:1: the global settings"),
                condition("eval", "eval(java.lang.System.setProperty(\"KEY\", \"ran\") == null)", "5:5: eval"),
                condition(
                        "from with a method call",
                        "Answer() from java.lang.System.setProperty(\"KEY\", \"ran\")",
                        "5:5: from"),
                condition(
                        "accumulate with custom code",
                        "Number() from accumulate(Answer(), init(java.lang.System.setProperty(\"KEY\", \"ran\");),"
                                + " action(), result(1))",
                        "5:19: accumulate with code of its own"),
                condition("entry point", "Answer() from entry-point \"evil\"", "5:5: an entry point"),
                condition("regular expression", "Answer(text matches \"(a+)+$\")", "5:12: the operator 'matches'"),
                consequence(
                        "unicode escapes that spell java",
                        UNICODE_JAVA + ".lang.System.setProperty(\"KEY\", \"ran\");",
                        "7:5: a unicode escape"),
                new HostileBundle(
                        "annotation evaluated while building",
                        "evil.drl",
                        HostileBundle.rule(
                                        "", "Answer(name == \"isImporter\")", "insertLogical(new Computed(\"a\", 1));")
                                .replace(
                                        "rule \"Escapes\"",
                                        "rule \"Escapes\" @Evil(java.lang.System.setProperty(\"KEY\", \"ran\"))"),
                        3,
                        "3:16: the annotation @Evil"),
                new HostileBundle(
                        "enabled attribute with code",
                        "evil.drl",
                        HostileBundle.rule("", "Answer()", "insertLogical(new Computed(\"a\", 1));")
                                .replace(
                                        "when",
                                        "enabled (java.lang.System.setProperty(\"KEY\", \"ran\") == null)\nwhen"),
                        4,
                        "4:9: the attribute 'enabled'"),
                new HostileBundle(
                        "salience with code",
                        "evil.drl",
                        HostileBundle.rule("", "Answer()", "insertLogical(new Computed(\"a\", 1));")
                                .replace(
                                        "when",
                                        "salience (java.lang.System.setProperty(\"KEY\", \"ran\").length())\nwhen"),
                        4,
                        "4:10: a salience that is not a whole number"),
                new HostileBundle(
                        "Java dialect",
                        "evil.drl",
                        HostileBundle.rule("", "Answer()", "insertLogical(new Computed(\"a\", 1));")
                                .replace("when", "dialect \"java\"\nwhen"),
                        4,
                        "4:9: the dialect java"),
                new HostileBundle(
                        "query",
                        "evil.drl",
                        "package rules.permit\n\nquery \"leak\"\n    Answer()\nend\n",
                        3,
                        "3:1: the query 'leak'"),
                header(
                        "declare",
                        "declare Evil\n    name : String\nend",
                        "insertLogical(new Computed(\"a\", 1));",
                        "2:9: the declaration of Evil"),
                consequence(
                        "inserting a value of the file",
                        "insert(new Answer(\"isImporter\", false));",
                        "7:12: creating a new Answer"),
                new HostileBundle(
                        "deleting a fact",
                        "evil.drl",
                        HostileBundle.rule("", "$a : Answer(name == \"isImporter\")", "delete($a);"),
                        7,
                        "7:5: the call delete(...)"),
                consequence(
                        "code after a line comment inside a block",
                        "if (true) {\n        int x = 1 // ; new java.io.File(\"MARKER\").createNewFile();\n"
                                + "            ;\n    }",
                        "8:19: a comment inside an action"),
                consequence(
                        "code after a line comment behind an escaped quote",
                        "String s = \"\\\\\";\n    int x = 1 // ; new java.io.File(\"MARKER\").createNewFile();\n"
                                + "      ;",
                        "8:15: a comment inside an action"),
                consequence(
                        "a number with a huge exponent",
                        "insertLogical(new Computed(\"n\", new BigDecimal(\"1e999999999\").toPlainString()));",
                        "7:37: a BigDecimal made from anything but a plain number"),
                consequence(
                        "a huge decimal shift",
                        "insertLogical(new Amount(\"fee\", BigDecimal.ONE.movePointLeft(30000000)));",
                        "7:37: movePointLeft with 30000000"),
                consequence(
                        "a text doubled by replace",
                        "String s = \"aaaaaaaaaa\".replace(\"\", \"aaaaaaaaaa\");",
                        "7:16: replace of anything but a text"),
                new HostileBundle(
                        "a binding named like a class",
                        "evil.drl",
                        HostileBundle.rule(
                                "",
                                "Runtime : Answer(name == \"isImporter\")",
                                "insertLogical(new Computed(\"a\", 1));"),
                        5,
                        "5:5: the variable name 'Runtime'"),
                consequence("the engine's handle", "drools.getKieRuntime().halt();", "7:5: the name 'drools'"),
                consequence("an endless loop", "while (true) { }", "7:5: the statement 'while'"),
                new HostileBundle(
                        "decision-table cell with code",
                        "evil.drl.csv",
                        """
                        "RuleSet","rules.permit"
                        "Import","org.eregistrations.engine.fact.Answer"
                        ,
                        "RuleTable Evil",,
                        "CONDITION","ACTION"
                        "a : Answer",
                        "name == ""$param""\","java.lang.System.setProperty(""KEY"", ""$param"");"
                        "Question","Effect"
                        "isImporter","ran"
                        """,
                        9,
                        "9: the name 'java.lang.System'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBundles")
    void hostileBundleIsRefusedAtItsLineAndNoneOfItsCodeRuns(HostileBundle hostile) {
        Path marker = dir.resolve("marker");
        String key = "eregistrations.sandbox." + hostile.name().replaceAll("\\W", "_");
        String content = hostile.content()
                .replace("MARKER", marker.toString().replace('\\', '/'))
                .replace("KEY", key)
                .replace("PORT", String.valueOf(listener.getLocalPort()));
        Path bundle = TestBundles.valid().with(hostile.file(), content).writeTo(dir.resolve("permit"));

        TestReport report = TestReport.of(new BundleCompiler().compile(bundle));

        List<String> errors = report.problems().stream()
                .filter(Problem::isError)
                .map(Problem::toString)
                .toList();
        assertThat(errors).as("refusals of %s", hostile.name()).anySatisfy(error -> assertThat(error)
                .startsWith(hostile.file() + ":" + hostile.refused())
                .contains(NOT_ALLOWED));
        assertThat(report.compiled().ruleSet()).isEmpty();
        assertThat(report.results()).as("scenarios run").isEmpty();
        assertThat(marker).doesNotExist();
        assertThat(System.getProperty(key)).isNull();
        assertThat(System.getProperty(Tripwire.LOADED)).isNull();
        assertThat(Thread.currentThread().getName()).isEqualTo(threadName).doesNotContain(key);
        assertThat(nobodyConnected()).isTrue();
    }

    private boolean nobodyConnected() {
        try {
            listener.accept().close();
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.eregistrations.config.sandbox.RuleSandboxTest#shippedBundles")
    void everyShippedBundlePassesTheSandbox(Path bundle) {
        TestReport report = TestReport.of(new BundleCompiler().compile(bundle));

        assertThat(report.problems()).noneMatch(problem -> problem.toString().contains(NOT_ALLOWED));
        assertThat(report.passed()).isTrue();
    }

    static Stream<Path> shippedBundles() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("../rules"))) {
            return folders.filter(folder -> Files.exists(folder.resolve("service.yaml"))).sorted().toList().stream();
        }
    }
}
