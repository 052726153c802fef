package org.avrs.server.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads request bodies within a size limit: a body larger than the limit is refused with 413 before
 * more than limit + 1 bytes are read (by its Content-Length when it declares one), and JSON bodies are
 * parsed strictly into request records, whose constructors validate them; every failure is a 4xx.
 */
final class Bodies {

    private final ObjectMapper mapper;

    Bodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The raw body.
     *
     * @throws ApiException 413 when it is larger than {@code maxBytes}
     */
    byte[] bytes(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(declared + " bytes", maxBytes);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 1024), maxBytes));
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge("more than " + maxBytes + " bytes", maxBytes);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApiException.badRequest("the request body could not be read: " + e.getMessage());
        }
    }

    /**
     * A JSON body as a request record; an absent body reads as {@code {}} when {@code emptyAllowed}.
     *
     * @throws ApiException 415 for another content type, 400 for malformed JSON or invalid fields, 413
     *     when too large
     */
    <T> T json(Context ctx, Class<T> type, long maxBytes, boolean emptyAllowed) {
        String contentType = ctx.contentType();
        byte[] body = bytes(ctx, maxBytes);
        if (body.length == 0) {
            if (!emptyAllowed) {
                throw ApiException.badRequest("the request body is empty; expected a JSON object");
            }
            body = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } else if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "Unsupported media type", "expected Content-Type application/json, got "
                    + (contentType == null ? "none" : contentType));
        }
        try {
            return mapper.readValue(body, type);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw ApiException.badRequest("invalid " + describe(type) + ": " + cause.getMessage());
        } catch (JsonMappingException e) {
            throw ApiException.badRequest("invalid " + describe(type) + at(e.getLocation()) + path(e) + ": "
                    + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("malformed JSON" + at(e.getLocation()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("the request body could not be read: " + e.getMessage());
        }
    }

    private static String describe(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String path(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return "";
        }
        return ", field '" + e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")) + "'";
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static ApiException tooLarge(String size, long maxBytes) {
        return new ApiException(413, "Content too large", "the request body has " + size + "; this endpoint takes at most "
                + maxBytes + " bytes");
    }
}
