package org.semossjdbc.emulator.fidelity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The recorded exchanges as the repository ships them: {@code /semoss-transcripts/NNN-*.json} on the class path
 * (the copy in {@code src-test-fixtures/src/main/resources}), never the shared folder they were copied from.
 */
final class TranscriptLibrary {

    static final String FOLDER = "/semoss-transcripts/";
    private static final Pattern FILE_NAME = Pattern.compile("\\d{3}-[A-Za-z0-9-]+\\.json");

    private static volatile List<Transcript> all;

    private TranscriptLibrary() {
    }

    /** Every transcript, in numeric order. */
    static List<Transcript> all() {
        List<Transcript> loaded = all;
        if (loaded == null) {
            loaded = load();
            all = loaded;
        }
        return loaded;
    }

    /** The transcripts of one part, in numeric order. */
    static List<Transcript> of(Part part) {
        return all().stream().filter(t -> part.contains(t.number())).toList();
    }

    static Transcript byNumber(int number) {
        return all().stream().filter(t -> t.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no transcript " + number));
    }

    private static List<Transcript> load() {
        List<Transcript> transcripts = new ArrayList<>();
        for (String name : fileNames()) {
            try (InputStream in = TranscriptLibrary.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("cannot open " + FOLDER + name);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                transcripts.add(Transcript.fromJson(name, Json.parse(text)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        transcripts.sort(Comparator.comparingInt(Transcript::number));
        return List.copyOf(transcripts);
    }

    /** Lists the folder whether the class path holds it as a directory or inside a jar. */
    private static List<String> fileNames() {
        URL readme = TranscriptLibrary.class.getResource(FOLDER + "README.md");
        if (readme == null) {
            throw new IllegalStateException(FOLDER + " is not on the class path");
        }
        try {
            if ("jar".equals(readme.getProtocol())) {
                try (FileSystem jar = FileSystems.newFileSystem(readme.toURI(), Map.of())) {
                    return list(jar.getPath(FOLDER));
                }
            }
            return list(Path.of(readme.toURI()).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> FILE_NAME.matcher(n).matches())
                    .sorted()
                    .toList();
        }
    }
}
