package cn.zhaoshang.desk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The command line of a second JVM on the tests' class path, for tests that run the app as a user would. */
public final class ChildJvm {
    private ChildJvm() {
    }

    /**
     * A short command (info, users, search …): the client compiler only and the serial collector, which
     * start such a JVM about a third sooner; a command lives a few seconds, too short for the optimising
     * compiler to pay back. Children doing long work that a test kills midway keep the default flags.
     */
    public static List<String> shortCommand(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** A child doing long work (a bulk write a test kills midway), with the JVM's default flags. */
    public static List<String> longWork(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** What a command printed and its exit code. */
    public record Outcome(int code, String out, String err) { }

    /**
     * Runs the app's command line on {@code dataDir} as a user would in a terminal: a password in the
     * tests' own environment is not passed on, only what {@code env} names.
     */
    public static Outcome run(Path dataDir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = shortCommand("cn.zhaoshang.desk.app.Main", "--data-dir", dataDir.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("ZHAOSHANG_PASSWORD");
        builder.environment().remove("ZHAOSHANG_NEW_PASSWORD");
        builder.environment().putAll(env);
        Process p = builder.start();
        // stderr is read on its own thread: a child filling one pipe while we block on the other would hang.
        var err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        String out = readAll(p.getInputStream());
        return new Outcome(p.waitFor(), out, err.join());
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaBin() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
