package org.avrs.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI file documents exactly the API routes the server declares, with the right access: public
 * operations say {@code security: []}, the others inherit the bearer requirement.
 */
class OpenApiTest {

    @Test
    void documentsEveryApiRouteAndNothingElse() throws Exception {
        Map<String, Access> declared = new TreeMap<>();
        for (Routes.Route r : Routes.table(new HealthController(null, null, null, null, null),
                new ViewerController(null, null, null, 0), new VideoController(null), new SessionController(null, null, null, null),
                new LiveFeed(null, null, null), new RecommendationController(null), new WebAssets())) {
            if (r.path().startsWith("/api/")) {
                declared.put(r.method().name().toLowerCase(Locale.ROOT) + " " + r.path(), r.access());
            }
        }
        JsonNode spec = new ObjectMapper().readTree(HealthController.openApiText());
        Map<String, Access> documented = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                JsonNode security = op.getValue().get("security");
                documented.put(op.getKey() + " " + path.getKey(),
                        security != null && security.isEmpty() ? Access.ANYONE : Access.VIEWER);
                assertThat(op.getValue().get("responses").fieldNames()).as(op.getKey() + " " + path.getKey())
                        .toIterable().anyMatch(code -> code.startsWith("2"));
            }
        }
        assertThat(documented).isEqualTo(declared);
        assertThat(spec.get("openapi").asText()).startsWith("3.1");
    }

    @Test
    void everyReferenceResolves() throws Exception {
        JsonNode spec = new ObjectMapper().readTree(HealthController.openApiText());
        checkRefs(spec, spec, "$");
    }

    private static void checkRefs(JsonNode root, JsonNode node, String where) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null) {
                assertThat(ref.asText()).as(where).startsWith("#/");
                JsonNode target = root;
                for (String part : ref.asText().substring(2).split("/")) {
                    target = target == null ? null : target.get(part);
                }
                assertThat(target).as("target of " + ref.asText() + " at " + where).isNotNull();
            }
            node.fields().forEachRemaining(e -> checkRefs(root, e.getValue(), where + "." + e.getKey()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkRefs(root, node.get(i), where + "[" + i + "]");
            }
        }
    }
}
