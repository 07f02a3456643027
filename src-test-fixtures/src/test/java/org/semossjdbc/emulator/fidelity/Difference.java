package org.semossjdbc.emulator.fidelity;

/**
 * One way in which the emulator's answer differs from the recording.
 *
 * @param where    a JSON path ({@code $.pixelReturn[0].output}), {@code status} or {@code header:<name>}
 * @param what     the kind of difference: value, type, missing key, unexpected key, length, key order, ...
 * @param expected the recorded side, briefly
 * @param actual   the emulator's side, briefly
 */
record Difference(String where, String what, String expected, String actual) {

    @Override
    public String toString() {
        return where + ": " + what + ": expected " + expected + ", actual " + actual;
    }
}
