/**
 * HTTP transport to a SEMOSS server: OkHttp calls, session cookies, login, CSRF, retries, timeouts, TLS and proxy.
 * Knows HTTP only (no pixels, no SQL). The public types are {@link org.semossjdbc.transport.HttpTransport},
 * {@link org.semossjdbc.transport.TransportConfig}, {@link org.semossjdbc.transport.Credentials},
 * {@link org.semossjdbc.transport.CallHandle}, {@link org.semossjdbc.transport.TransportResponse} and
 * {@link org.semossjdbc.transport.TransportException}; everything else is package-private machinery.
 *
 * <h2>What callers can rely on</h2>
 * <ul>
 *   <li><b>Returned vs thrown.</b> {@code postForm} and {@code get} return only 200 and 400 responses whose content
 *       type is not HTML, with the body streamed (close it). Everything else throws
 *       {@link org.semossjdbc.transport.TransportException}: 302/401 that survive one re-login as
 *       {@code NOT_AUTHENTICATED}; a 403 that survives one CSRF token refresh as {@code FORBIDDEN}; any other status,
 *       or an HTML body with any status, as {@code HTTP_STATUS} with the status and a short message stripped of
 *       markup.</li>
 *   <li><b>Retries.</b> A 302 or 401 drops the cookies, logs in again (native login re-posts {@code /auth/login};
 *       access keys and bearer tokens just resend their header) and retries once. A CSRF 403 on a POST fetches a new
 *       token and retries once. A connect failure (nothing was sent) is retried once. Nothing else is retried; OkHttp's
 *       own retries and redirects are off.</li>
 *   <li><b>requestSent.</b> False only when OkHttp never started writing the request (DNS, refused, connect timeout,
 *       TLS): the server cannot have run it. True for a reset, EOF, read timeout, cancel or deadline after that point:
 *       a write's fate is unknown.</li>
 *   <li><b>Access keys</b> travel as HTTP Basic only until a logged-in session exists; afterwards the session cookie
 *       alone authenticates. When the server replaces a session (expiry), {@link
 *       org.semossjdbc.transport.HttpTransport#sessionGeneration()} grows: insights of older sessions are gone.</li>
 * </ul>
 */
package org.semossjdbc.transport;
