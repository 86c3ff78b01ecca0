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
        return word.equals("check") || word.equals("export") || word.equals("--help") || word.equals("-h") || word.equals("--version");
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
            case "export" -> {
                return export(java.util.Arrays.asList(args).subList(1, args.length), out, err);
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

    /**
     * {@code export INPUT [--format F] [--out FILE] [--canvas N|NAME] [--width PX]}: INPUT is a
     * project or a Markdown canvas; without --format the output's extension decides, without
     * --out the output goes beside the input.
     */
    static int export(java.util.List<String> args, PrintStream out, PrintStream err) {
        String input = null;
        String format = null;
        String output = null;
        String canvasChoice = null;
        int width = ExportFormat.DEFAULT_PNG_WIDTH;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            boolean hasValue = i + 1 < args.size();
            switch (a) {
                case "--format", "-f", "--out", "-o", "--canvas", "--width" -> {
                    if (!hasValue) {
                        err.println(a + " needs a value.\n" + usage());
                        return USAGE;
                    }
                    String v = args.get(++i);
                    switch (a) {
                        case "--format", "-f" -> format = v;
                        case "--out", "-o" -> output = v;
                        case "--canvas" -> canvasChoice = v;
                        default -> {
                            try {
                                width = Integer.parseInt(v);
                            } catch (NumberFormatException e) {
                                err.println("--width needs a number of pixels, not \"" + v + "\".");
                                return USAGE;
                            }
                        }
                    }
                }
                default -> {
                    if (a.startsWith("-") || input != null) {
                        err.println("Unexpected \"" + a + "\".\n" + usage());
                        return USAGE;
                    }
                    input = a;
                }
            }
        }
        if (input == null) {
            err.println("Which file should be exported?\n" + usage());
            return USAGE;
        }
        if (format == null && output != null && output.contains(".")) {
            format = output.substring(output.lastIndexOf('.') + 1);
        }
        java.util.Optional<ExportFormat> chosen = ExportFormat.fromId(format == null ? "pdf" : format);
        if (chosen.isEmpty()) {
            err.println("Unknown format \"" + format + "\": use png, pdf, handout, md, csv, handin or handin-md.");
            return USAGE;
        }
        if (width < org.canvasboard.export.PngExport.MIN_WIDTH || width > org.canvasboard.export.PngExport.MAX_WIDTH) {
            err.println("--width must be between " + org.canvasboard.export.PngExport.MIN_WIDTH + " and "
                    + org.canvasboard.export.PngExport.MAX_WIDTH + " pixels.");
            return USAGE;
        }
        ExportFormat f = chosen.get();
        Path in = Path.of(input);
        Project project;
        try {
            project = ProjectIO.readAnyCanvas(in);
        } catch (ProjectFileException e) {
            err.println(in + ": " + e.getMessage());
            return BAD_FILE;
        }
        org.canvasboard.model.Canvas canvas = pickCanvas(project, canvasChoice);
        if (canvas == null) {
            err.println("No canvas \"" + canvasChoice + "\" in " + in + "; it has: " + String.join(", ",
                    project.canvases().stream().map(org.canvasboard.model.Canvas::name).toList()) + ".");
            return USAGE;
        }
        Path target = output != null ? Path.of(output) : ProjectIO.exportTarget(in, canvas, f);
        if (target.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize())) {
            err.println("The export would overwrite its input " + in + "; choose another --out.");
            return USAGE;
        }
        try {
            ProjectIO.writeExport(target, f.render(project, canvas, width));
        } catch (java.io.IOException | RuntimeException e) {
            err.println(target + ": could not be written: " + e.getMessage());
            return BAD_FILE;
        }
        out.println(target + ": " + (f.oneCanvas() ? "canvas \"" + canvas.name() + "\", " : "") + f.description());
        return OK;
    }

    /** A canvas by 1-based number or by name (any case); the first one when not given. */
    static org.canvasboard.model.Canvas pickCanvas(Project project, String choice) {
        if (choice == null) {
            return project.canvases().get(0);
        }
        try {
            int n = Integer.parseInt(choice);
            return n >= 1 && n <= project.canvases().size() ? project.canvases().get(n - 1) : null;
        } catch (NumberFormatException e) {
            return project.canvases().stream().filter(c -> c.name().equalsIgnoreCase(choice)).findFirst().orElse(null);
        }
    }

    private static String usage() {
        return """
                Usage:
                  canvasboard [FILE]            open the editor (on FILE, or on the example project)
                  canvasboard check FILE...     check project files without opening a window;
                                                exit status 0 if all are sound, 1 if not
                  canvasboard export INPUT [--format png|pdf|handout|md|csv|handin|handin-md] [--out FILE]
                                    [--canvas NUMBER|NAME] [--width PIXELS]
                                                export without a window; INPUT is a project or a
                                                Markdown canvas (.md); pdf is an A3 poster of one
                                                canvas, handout an A4 PDF of the whole project
                  canvasboard --version         print the version""";
    }
}
