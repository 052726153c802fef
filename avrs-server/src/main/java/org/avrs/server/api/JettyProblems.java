package org.avrs.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Errors that Jetty answers itself, before any route runs (an ambiguous or malformed URI, oversized
 * headers), as problem bodies like every other error of the API, instead of Jetty's HTML page.
 */
final class JettyProblems extends ErrorHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
            int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream().write(body(code, message, request.getRequestURI()));
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE));
        return ByteBuffer.wrap(body(status, reason, null));
    }

    private static byte[] body(int status, String message, String path) {
        String title = HttpStatus.getMessage(status);
        String detail = message == null || message.isBlank() || message.equalsIgnoreCase(title) ? "the server refused the request before routing it (" + title + ")" : message;
        try {
            return JSON.writeValueAsBytes(Problem.of(status, title, detail, path));
        } catch (JsonProcessingException e) {
            return ("{\"status\": " + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
