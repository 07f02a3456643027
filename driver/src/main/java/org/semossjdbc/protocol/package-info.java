/**
 * The SEMOSS pixel protocol as a database client needs it: building pixels ({@link org.semossjdbc.protocol.Pixels},
 * tag-less percent-encoding in {@link org.semossjdbc.protocol.PixelEncoder}), decoding runPixel answers with a
 * streaming parser ({@link org.semossjdbc.protocol.PixelResponseReader}), deriving SQLStates from error texts
 * ({@link org.semossjdbc.protocol.ServerErrorClassifier}), and one connection's engine, insight and task life cycle
 * ({@link org.semossjdbc.protocol.RemoteDatabaseEngine}). It knows the transport layer below it and nothing of
 * {@code java.sql}.
 */
package org.semossjdbc.protocol;
