package org.kgi.server.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
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
        if (e instanceof FileSystemException f) {
            // its message is often the bare path: say what went wrong with it
            String what = switch (f) {
                case NoSuchFileException n -> "no such file or directory";
                case FileAlreadyExistsException x -> "exists and is not a directory";
                case AccessDeniedException a -> "permission denied";
                case NotDirectoryException d -> "not a directory";
                default -> f.getReason() != null ? f.getReason()
                        : "cannot be used (" + f.getClass().getSimpleName().replace("Exception", "") + ")";
            };
            return f.getFile() + ": " + what + (f.getOtherFile() == null ? "" : " (" + f.getOtherFile() + ")");
        }
        if (e instanceof IOException && e.getMessage() != null) {
            return e.getMessage();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
