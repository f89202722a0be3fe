package kaohe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class HelpTest {

    /** Runs the command line with stdout captured and returns what it printed there. */
    private static String stdout(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertEquals(ExitCode.OK, Main.run(args));
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scoreHelpHasExamplesAndExitCodes() {
        String help = stdout("score", "--help");

        assertTrue(help.contains("kaohe score 2018-06.xlsx"), help);
        assertTrue(help.contains("--csv=FILE"), help);
        assertTrue(help.contains("3  已写出结果"), help);
    }

    @Test
    void programHelpListsEveryCommand() {
        String help = stdout("--help");

        assertTrue(help.contains("score "), help);
        assertTrue(help.contains("import "), help);
        assertTrue(help.contains("report "), help);
    }

    @Test
    void commandAloneAddedWhenNamedFirst() {
        CommandLine named = new CommandLine(new Main());
        Main.addSubcommands(named, new String[] {"report", "--year", "2018"});
        CommandLine unnamed = new CommandLine(new Main());
        Main.addSubcommands(unnamed, new String[] {"--version"});

        assertEquals(Set.of("report"), named.getSubcommands().keySet());
        assertEquals(Set.of("score", "import", "report"), unnamed.getSubcommands().keySet());
    }

    @Test
    void versionNamesProgram() {
        assertTrue(stdout("--version").startsWith("kaohe "));
    }
}
