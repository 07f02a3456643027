package org.semossjdbc.emulator.fidelity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ONE list of transcripts the emulator is allowed not to match, each with its reason, read from
 * {@code /fidelity/exclusions.txt} ({@code NNN | reason}). Acceptable reasons are artifacts of the recorded
 * server's bundled JDBC drivers or of its Tomcat, never behaviour a client depends on. An excluded transcript is
 * still replayed (later files depend on its effects) and must still differ: once it matches, the entry is stale
 * and the suite fails until it is removed.
 */
final class ExclusionList {

    static final String RESOURCE = "/fidelity/exclusions.txt";

    private final Map<Integer, String> reasons;

    ExclusionList(Map<Integer, String> reasons) {
        this.reasons = Map.copyOf(reasons);
    }

    static ExclusionList load() {
        try (InputStream in = ExclusionList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExclusionList parse(List<String> lines) {
        Map<Integer, String> reasons = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s*\\|\\s*", 2);
            if (cells.length != 2 || cells[1].isBlank()) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": want 'NNN | reason'");
            }
            if (reasons.put(Integer.parseInt(cells[0]), cells[1]) != null) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": " + cells[0] + " listed twice");
            }
        }
        return new ExclusionList(reasons);
    }

    Optional<String> reason(int transcript) {
        return Optional.ofNullable(reasons.get(transcript));
    }

    Map<Integer, String> all() {
        return reasons;
    }
}
