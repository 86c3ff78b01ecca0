package org.canvasboard.app;

import org.canvasboard.model.Project;
import org.canvasboard.persistence.LoadedProject;
import org.canvasboard.persistence.ProjectFileException;
import org.canvasboard.persistence.ProjectReader;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Commands that run without a window: {@code check} loads each file exactly as the editor would
 * and prints the same message the editor would show. Exit status 0 when every file is sound,
 * 1 when one is not, 2 for a usage mistake.
 */
final class CommandLine {
    static final int OK = 0;
    static final int BAD_FILE = 1;
    static final int USAGE = 2;

    private CommandLine() {
    }

    static boolean isCommand(String word) {
        return word.equals("check") || word.equals("--help") || word.equals("-h") || word.equals("--version");
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        switch (args[0]) {
            case "--version" -> {
                out.println("Canvasboard " + Version.get());
                return OK;
            }
            case "--help", "-h" -> {
                out.println(usage());
                return OK;
            }
            default -> {
                if (args.length < 2) {
                    err.println(usage());
                    return USAGE;
                }
                int status = OK;
                for (int i = 1; i < args.length; i++) {
                    status = Math.max(status, check(Path.of(args[i]), out, err));
                }
                return status;
            }
        }
    }

    private static int check(Path file, PrintStream out, PrintStream err) {
        try {
            LoadedProject loaded = new ProjectReader().read(file);
            Project project = loaded.project();
            int canvases = project.canvases().size();
            int cards = project.cardCount();
            out.println(file + ": OK — \"" + project.name() + "\", " + canvases
                    + (canvases == 1 ? " canvas, " : " canvases, ") + cards + (cards == 1 ? " card" : " cards"));
            return OK;
        } catch (ProjectFileException e) {
            err.println(file + ": " + e.getMessage());
            return BAD_FILE;
        }
    }

    private static String usage() {
        return """
                Usage:
                  canvasboard [FILE]            open the editor (on FILE, or on the example project)
                  canvasboard check FILE...     check project files without opening a window;
                                                exit status 0 if all are sound, 1 if not
                  canvasboard --version         print the version""";
    }
}
