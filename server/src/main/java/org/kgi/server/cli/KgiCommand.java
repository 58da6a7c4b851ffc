package org.kgi.server.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.kgi.indexer.search.QuerySyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command, {@code kgi}: lists the subcommands. */
@Command(name = "kgi", mixinStandardHelpOptions = true, version = "kgi 0.1.0",
        description = "Full-text search and knowledge-graph indexer for reports.",
        subcommands = {IndexCommand.class, ServeCommand.class, SearchCommand.class, ExtractCommand.class, GraphCommand.class,
                CommandLine.HelpCommand.class})
public final class KgiCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: index, serve or search");
    }

    /** A command line with kgi's error handling: a failure prints one line and exits 1, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new KgiCommand());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("kgi: " + describe(e));
            if (Boolean.getBoolean("kgi.debug")) {
                e.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return 1;
        });
        return cl;
    }

    static String describe(Throwable e) {
        if (e instanceof UncheckedIOException u) {
            e = u.getCause();
        }
        if (e instanceof QuerySyntaxException) {
            return "bad query: " + e.getMessage();
        }
        if (e instanceof IOException && e.getMessage() != null) {
            return e.getMessage();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
