package org.tuopin.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line's files: inputs checked before they are read, and outputs whose failed
 * writes are reported ({@code cannot write FILE: reason}) rather than lost, as a
 * {@link PrintStream} alone would lose them.
 */
final class Output {

  private Output() {
  }

  /** A file that cannot be read or written: exit status 2 for an input, 1 for a failed write. */
  static final class FileProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean input;

    FileProblem(String message, boolean input) {
      super(message);
      this.input = input;
    }

    boolean isInput() {
      return input;
    }
  }

  /**
   * A print stream that remembers the first failure of the stream below it, so that a failed
   * write can be reported with its reason.
   */
  static final class CheckedPrintStream extends PrintStream {
    private final Recorder recorder;

    CheckedPrintStream(OutputStream out) {
      this(new Recorder(out));
    }

    private CheckedPrintStream(Recorder recorder) {
      super(recorder, false, StandardCharsets.UTF_8);
      this.recorder = recorder;
    }

    /** The reason of the first failed write, if any. */
    Optional<String> failure() {
      flush();
      return recorder.failure != null ? Optional.of(reason(recorder.failure))
          : checkError() ? Optional.of("write error") : Optional.empty();
    }
  }

  private static final class Recorder extends FilterOutputStream {
    IOException failure;

    Recorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException ex) {
        remember(ex);
        throw ex;
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException ex) {
        remember(ex);
        throw ex;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException ex) {
        remember(ex);
        throw ex;
      }
    }

    private void remember(IOException ex) {
      if (failure == null) {
        failure = ex;
      }
    }
  }

  /**
   * Checks an input file before it is read.
   *
   * @param file  the file
   * @throws FileProblem naming the file and the reason if it is missing, a folder or unreadable
   */
  static void checkInput(Path file) throws FileProblem {
    if (!Files.exists(file)) {
      throw new FileProblem("no such file: " + file, true);
    }
    if (Files.isDirectory(file)) {
      throw new FileProblem("cannot read " + file + ": it is a folder, not a file", true);
    }
    if (!Files.isReadable(file)) {
      throw new FileProblem("cannot read " + file + ": permission denied", true);
    }
  }

  /**
   * Checks the output file before any work: not an input, not a folder, in a folder that exists.
   *
   * @param out  the output file
   * @param inputs  the input files
   * @throws FileProblem naming the file and the reason
   */
  static void checkOutput(Path out, List<Path> inputs) throws FileProblem {
    for (Path in : inputs) {
      if (sameFile(out, in)) {
        throw new FileProblem("--out " + out + " is an input file; refusing to overwrite it", true);
      }
    }
    if (Files.isDirectory(out)) {
      throw new FileProblem("cannot write " + out + ": it is a folder", true);
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new FileProblem("cannot write " + out + ": no such folder " + parent, true);
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException ex) {
      // compare the paths below
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /**
   * Writes to a file, reporting a failed write.
   *
   * @param file  the file
   * @param body  what to write
   * @throws FileProblem {@code cannot write FILE: reason} if the file cannot be opened or written
   */
  static void write(Path file, WriteBody body) throws FileProblem {
    try (OutputStream o = Files.newOutputStream(file);
        CheckedPrintStream p = new CheckedPrintStream(o)) {
      body.write(p);
      Optional<String> failure = p.failure();
      if (failure.isPresent()) {
        throw new FileProblem("cannot write " + file + ": " + failure.get(), false);
      }
    } catch (IOException ex) {
      throw new FileProblem("cannot write " + file + ": " + reason(ex), false);
    }
  }

  /**
   * Checks that everything written to standard output reached it.
   *
   * @param out  standard output
   * @throws FileProblem {@code cannot write standard output: reason} if a write failed
   */
  static void checkWritten(PrintStream out) throws FileProblem {
    out.flush();
    Optional<String> failure = out instanceof CheckedPrintStream c ? c.failure()
        : out.checkError() ? Optional.of("write error") : Optional.empty();
    if (failure.isPresent()) {
      throw new FileProblem("cannot write standard output: " + failure.get(), false);
    }
  }

  /** What to write to a file. */
  interface WriteBody {
    void write(PrintStream out) throws IOException;
  }

  /**
   * The reason of an I/O failure in words, without repeating the path.
   *
   * @param ex  the failure
   * @return the reason, not null
   */
  static String reason(IOException ex) {
    if (ex instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (ex instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (ex instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(Locale.ROOT);
    }
    String m = ex.getMessage();
    return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m.toLowerCase(Locale.ROOT);
  }
}
