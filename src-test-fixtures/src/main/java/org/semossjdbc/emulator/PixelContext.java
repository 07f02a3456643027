package org.semossjdbc.emulator;

/**
 * What a statement runs against: the emulator, the insight, the caller's session and user.
 *
 * @param runtime the emulator's state
 * @param insight the insight the request names
 * @param session the caller's HTTP session
 * @param user the logged-in user
 */
record PixelContext(EmulatorRuntime runtime, Insight insight, HttpSession session, UserAccount user) {
}
