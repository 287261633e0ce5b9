package org.pressfacts.local;

import org.pressfacts.local.eval.EvalCommand;
import org.pressfacts.local.eval.TagCommand;
import org.pressfacts.local.invoke.InvokeCommand;
import org.pressfacts.local.serve.ServeCommand;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** bin/pressfacts: {@code pressfacts COMMAND [ARGS]}; each command is one {@link Command} in {@link #COMMANDS}. */
public final class Cli {

    /** Add a command here and it is dispatched and listed in the help. */
    static final List<Command> COMMANDS = List.of(new ServeCommand(), new InvokeCommand(),
            new Delegating("tag", "FILE [--published YYYY-MM-DD]   print the tagging result as JSON, storing nothing",
                    TagCommand::run),
            new Delegating("eval", "DIR   score the tagger on an annotated corpus (format: ../shared/corpus/SCHEMA.md)",
                    EvalCommand::run));

    /** A command whose body is a plain static entry point. */
    private record Delegating(String name, String usage, BiFunction<List<String>, PrintStream, Integer> body)
            implements Command {
        @Override
        public int run(List<String> args, PrintStream out, PrintStream err) {
            return body.apply(args, out);
        }
    }

    private Cli() {}

    public static void main(String[] args) {
        int status = run(Arrays.asList(args), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.getFirst().equals("help") || args.getFirst().equals("--help")
                || args.getFirst().equals("-h")) {
            printHelp(args.isEmpty() ? err : out);
            return args.isEmpty() ? 2 : 0;
        }
        Optional<Command> command = COMMANDS.stream().filter(c -> c.name().equals(args.getFirst())).findFirst();
        if (command.isEmpty()) {
            err.println("pressfacts: unknown command " + args.getFirst());
            printHelp(err);
            return 2;
        }
        try {
            return command.get().run(args.subList(1, args.size()), out, err);
        } catch (UsageException e) {
            err.println("pressfacts " + command.get().name() + ": " + e.getMessage());
            err.println("usage: pressfacts " + command.get().name() + " " + command.get().usage());
            return 2;
        } catch (Exception e) {
            err.println("pressfacts " + command.get().name() + ": " + e.getMessage());
            if (System.getenv("PRESSFACTS_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    private static void printHelp(PrintStream to) {
        to.println("usage: pressfacts COMMAND [ARGS]   (dev only: runs template.yaml's functions on this machine)");
        for (Command command : COMMANDS) {
            to.println("  " + command.name() + " " + command.usage());
        }
    }
}
