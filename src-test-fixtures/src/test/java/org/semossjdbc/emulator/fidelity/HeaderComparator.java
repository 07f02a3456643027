package org.semossjdbc.emulator.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.semossjdbc.emulator.fidelity.Transcript.RecordedResponse;

/**
 * Compares status and the headers a client acts on. The recorder kept exactly these headers when present, so
 * absence is recorded too: a header the real server did not send must not appear (a stray {@code set-cookie}
 * would move the client into another session).
 */
final class HeaderComparator {

    /** content-type (decoding), location and redirect (login handling), set-cookie (session), content-encoding. */
    static final List<String> COMPARED = List.of("content-type", "location", "redirect", "set-cookie",
            "content-encoding");

    private final NormalizationRules rules;

    HeaderComparator(NormalizationRules rules) {
        this.rules = rules;
    }

    List<Difference> compare(int transcript, RecordedResponse recorded, ActualResponse actual) {
        List<Difference> out = new ArrayList<>();
        if (recorded.status() != actual.status()) {
            out.add(new Difference("status", "value", String.valueOf(recorded.status()),
                    String.valueOf(actual.status())));
        }
        for (String name : COMPARED) {
            List<String> expected = recorded.headers().getOrDefault(name, List.of());
            List<String> got = actual.header(name);
            if (name.equals("set-cookie")) {
                expected = expected.stream().map(c -> normalizeCookie(transcript, c)).toList();
                got = got.stream().map(c -> normalizeCookie(transcript, c)).toList();
            }
            if (!expected.equals(got)) {
                out.add(new Difference("header:" + name, expected.isEmpty() ? "unexpected header"
                        : got.isEmpty() ? "missing header" : "value", expected.toString(), got.toString()));
            }
        }
        return out;
    }

    /**
     * The recording hides every cookie value as {@code <value>}; a session id is an id, so the actual value is
     * hidden the same way (declared in the normalization file). Attributes stay, in order, exactly as sent;
     * an {@code Expires} date is hidden only where the file says so.
     */
    String normalizeCookie(int transcript, String setCookie) {
        String[] parts = setCookie.split(";");
        StringBuilder normalized = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            int equals = part.indexOf('=');
            String attribute = equals < 0 ? part : part.substring(0, equals);
            if (i == 0 && equals > 0 && rules.ignoresHeader(transcript, "header:set-cookie:value")) {
                part = attribute + "=<value>";
            } else if (i > 0 && equals > 0
                    && rules.ignoresHeader(transcript, "header:set-cookie:" + attribute.toLowerCase(Locale.ROOT))) {
                part = attribute + "=<" + attribute.toLowerCase(Locale.ROOT) + ">";
            }
            normalized.append(i == 0 ? "" : "; ").append(part);
        }
        return normalized.toString();
    }
}
