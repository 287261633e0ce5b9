package org.pressfacts.local;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of bin/pressfacts; {@link Cli#COMMANDS} lists them. */
public interface Command {

    String name();

    /** One line: the arguments, then what it does. */
    String usage();

    /** @return the process exit code; throw {@link UsageException} for bad arguments */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
