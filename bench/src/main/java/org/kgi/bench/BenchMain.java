package org.kgi.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bench/run}. Tests call {@link #run(String...)}, which never exits the JVM. */
@Command(name = "bench", mixinStandardHelpOptions = true, version = "kgi-bench 0.1.0",
        description = "Synthetic corpora and benchmarks for kgi.",
        subcommands = {GenerateCommand.class, RunCommand.class, ChildCommand.class, CommandLine.HelpCommand.class})
public final class BenchMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line; returns its exit code (0 ok, 1 failure, 2 usage or a bad option value). */
    public static int run(String... args) {
        org.kgi.server.Logging.quietLibraries();
        CommandLine cl = new CommandLine(new BenchMain());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("bench: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (Boolean.getBoolean("kgi.debug")) {
                e.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: generate or run");
    }
}
