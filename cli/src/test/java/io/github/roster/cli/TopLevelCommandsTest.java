package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TopLevelCommandsTest {

    private static final String[] EVERYTHING = {"completion"};

    @Test
    void theHelpOfTheLazyTreeIsTheHelpOfTheFullTree() {
        assertThat(usage(new String[] {"--help"})).isEqualTo(usage(EVERYTHING)).contains("bim360", "Procore directory");
        assertThat(Cli.run("--help").out()).isEqualTo(Cli.run("help").out()).isEqualTo(usage(EVERYTHING));
    }

    @Test
    void onlyTheInvokedCommandIsBuiltInFull() {
        CommandLine root = RosterCli.commandLine(context(), new String[] {"acc", "import-users", "--output", "json"});
        assertThat((Object) root.getSubcommands().get("acc").getCommand()).isInstanceOf(AccCommand.class);
        assertThat((Object) root.getSubcommands().get("bim360").getCommand()).isNull();
        assertThat(root.getSubcommands().get("bim360").getSubcommands()).isEmpty();
        assertThat(root.getSubcommands().keySet()).containsExactlyElementsOf(
                RosterCli.commandLine(context(), EVERYTHING).getSubcommands().keySet());
    }

    @Test
    void theCommandsThatNeedTheWholeTreeGetIt() {
        assertThat(TopLevelCommands.needed(new String[] {"completion"})).isNull();
        assertThat(TopLevelCommands.needed(new String[] {"@args.txt"})).isNull();
        assertThat(TopLevelCommands.needed(new String[] {"--", "acc"})).isNull();
        assertThat(TopLevelCommands.needed(new String[] {"help", "acc", "import-users"})).containsOnly("help", "acc");
        assertThat(TopLevelCommands.needed(new String[] {"-h"})).isEmpty();
        assertThat(Cli.run("completion").out()).contains("import-users", "update-user", "--csv");
        assertThat(Cli.run("help", "acc", "import-users").out()).contains("--csv");
    }

    @Test
    void aMistypedCommandIsStillAUsageErrorWithSuggestions() {
        Cli.Result r = Cli.run("procre", "list-users");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("procore");
    }

    private static String usage(String[] args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RosterCli.commandLine(context(), args).usage(new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static CliContext context() {
        return new CliContext(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Map.of());
    }
}
