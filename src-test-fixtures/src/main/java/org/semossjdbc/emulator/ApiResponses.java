package org.semossjdbc.emulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes the few non-pixel answers exactly as recorded: status, content type and body, nothing more. */
final class ApiResponses {

    static final String JSON = "application/json";
    static final String PIXEL_JSON = "application/json;charset=utf-8";

    /** The Tomcat/SEMOSS "Error Occurred" page of transcript 007. */
    private static final String ERROR_PAGE = """
            <!DOCTYPE html>
            <html lang="en" xml:lang="en">
            <head>
                <title>Error Occurred</title>
                <link href='https://fonts.googleapis.com/css?family=Libre Franklin' rel='stylesheet'>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <style>
                    body {
                        font-family: 'Libre Franklin', sans-serif;
                    }
                    .center-content {
                        text-align: center;
                        margin-top: 10%;
                    }
                    h1 {
                        font-size: 32px;
                    }
                    p {
                        font-size: 18px;
                    }
                </style>
            </head>
            <body>
            <div class="center-content">
                <h1>
                    Error Occurred
                </h1>
                <p>Please reach out to an administrator.</p>
            </div>
            </body>
            </html>
            """;

    private ApiResponses() {
    }

    /** A JSON body built from an ordered map (null values left out, as Gson does). */
    static void json(HttpExchange exchange, int status, String contentType, Map<String, ?> body)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = GsonStyleJson.generator(bytes)) {
            ColumnValueWriter.writeObject(json, body);
        }
        send(exchange, status, contentType, bytes.toByteArray());
    }

    static void jsonValue(HttpExchange exchange, int status, String contentType, Object body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = GsonStyleJson.generator(bytes)) {
            ColumnValueWriter.writeObject(json, body);
        }
        send(exchange, status, contentType, bytes.toByteArray());
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        if (body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    /** The no-user answer: 302 to the fixed SemossWeb login page, empty body (004). */
    static void loginRedirect(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Location", EmulatorRuntime.LOGIN_PAGE);
        send(exchange, 302, null, new byte[0]);
    }

    /** The malformed-Basic answer (007). */
    static void errorPage(HttpExchange exchange) throws IOException {
        send(exchange, 500, "text/html", ERROR_PAGE.getBytes(StandardCharsets.UTF_8));
    }

    /** Tomcat's error page for {@code sendError(status)}. */
    static void statusPage(HttpExchange exchange, int status, String reason) throws IOException {
        String title = "HTTP Status " + status + " \u2013 " + reason;
        String page = "<!doctype html><html lang=\"en\"><head><title>" + title + "</title></head><body><h1>" + title
                + "</h1><hr class=\"line\" /><h3>Apache Tomcat/9.0.88</h3></body></html>";
        send(exchange, status, "text/html;charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    static void notFound(HttpExchange exchange) throws IOException {
        statusPage(exchange, 404, "Not Found");
    }
}
