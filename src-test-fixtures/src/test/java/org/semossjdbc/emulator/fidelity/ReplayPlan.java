package org.semossjdbc.emulator.fidelity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the recordings do not say on their own, read from {@code /fidelity/replay-plan.txt}: which recording
 * client (cookie jar) sent a request, and the unrecorded calls and setup the recorder made before some files
 * (tables a file reads but no file creates, insights created with {@code META | true}, a permission grant).
 * Each line: {@code NNN kind arguments}; the steps of {@code NNN} run, in file order, right before transcript NNN.
 */
final class ReplayPlan {

    static final String RESOURCE = "/fidelity/replay-plan.txt";

    /** The kinds of plan line. */
    enum Kind {
        /** {@code initial BACKEND sql}: the recorded starting state, run on a scratch database before the emulator starts. */
        INITIAL,
        /** {@code NNN client NAME}: the recording client (cookie jar) that sent NNN. */
        CLIENT,
        /** {@code NNN cookie made-up|client:NAME}: the cookie value NNN sent when it is not its own client's session. */
        COOKIE,
        /**
         * {@code NNN session CLIENT}: NNN carried CLIENT's session cookie although the file lists no Cookie header
         * (155-161: Basic only, yet the server set no cookie, which it does for every request without a session).
         */
        SESSION,
        /** {@code NNN sql SQL}: state an unrecorded exchange created, run on the part's scratch database. */
        SQL,
        /** {@code NNN pixel CLIENT INSIGHT EXPRESSION}: an unrecorded runPixel; INSIGHT is new, new=<insight-id-K> or an id placeholder. */
        PIXEL,
        /** {@code NNN login CLIENT USERNAME}: an unrecorded native login. */
        LOGIN,
        /** {@code NNN form CLIENT PATH FIELDS}: an unrecorded form POST (FIELDS as k=v&k=v, placeholders allowed). */
        FORM,
        /** {@code NNN parallel COUNT LITERAL}: NNN was one of COUNT simultaneous requests differing in a number k written in LITERAL. */
        PARALLEL
    }

    /** One line. {@code transcript} is -1 for {@code initial}; {@code arguments} keeps the rest of the line split as the kind needs. */
    record Step(Kind kind, int transcript, List<String> arguments, int line) {

        String argument(int index) {
            return arguments.get(index);
        }
    }

    private final List<Step> steps;

    ReplayPlan(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    static ReplayPlan load() {
        try (InputStream in = ReplayPlan.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReplayPlan parse(List<String> lines) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                steps.add(parseLine(line, i + 1));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": " + e.getMessage() + ": " + line, e);
            }
        }
        return new ReplayPlan(steps);
    }

    private static Step parseLine(String line, int lineNumber) {
        if (line.startsWith("initial ")) {
            String[] cells = line.split("\\s+", 3);
            return new Step(Kind.INITIAL, -1, List.of(cells[1], cells[2]), lineNumber);
        }
        String[] head = line.split("\\s+", 3);
        int transcript = Integer.parseInt(head[0]);
        Kind kind = Kind.valueOf(head[1].toUpperCase(Locale.ROOT));
        String rest = head.length > 2 ? head[2] : "";
        int arity = switch (kind) {
            case CLIENT, COOKIE, SESSION, SQL -> 1;
            case LOGIN, PARALLEL -> 2;
            case PIXEL, FORM -> 3;
            case INITIAL -> throw new IllegalArgumentException("initial takes no transcript number");
        };
        String[] cells = rest.split("\\s+", arity);
        if (cells.length != arity || cells[arity - 1].isBlank()) {
            throw new IllegalArgumentException(kind + " wants " + arity + " arguments");
        }
        return new Step(kind, transcript, List.of(cells), lineNumber);
    }

    List<Step> all() {
        return steps;
    }

    /** The setup and unrecorded calls to run right before {@code transcript}, in file order. */
    List<Step> before(int transcript) {
        return steps.stream().filter(s -> s.transcript() == transcript
                && s.kind() != Kind.CLIENT && s.kind() != Kind.COOKIE && s.kind() != Kind.SESSION
                && s.kind() != Kind.PARALLEL).toList();
    }

    /** The {@code initial} SQL for one backend, in file order. */
    List<String> initial(String backend) {
        return steps.stream().filter(s -> s.kind() == Kind.INITIAL && s.argument(0).equalsIgnoreCase(backend))
                .map(s -> s.argument(1)).toList();
    }

    Optional<Step> single(Kind kind, int transcript) {
        return steps.stream().filter(s -> s.kind() == kind && s.transcript() == transcript).findFirst();
    }
}
