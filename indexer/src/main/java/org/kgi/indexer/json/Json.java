package org.kgi.indexer.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.kgi.graph.Kind;

/** The shared Jackson configuration: entity kinds as {@code "actor"}, nulls left out, unknown fields ignored. */
public final class Json {
    private static final ObjectMapper MAPPER = create();

    private Json() {
    }

    /**
     * Whether a report's field holds what kgi reads it as: a string, or for {@code id} a whole number too. The API
     * refuses any other value; a corpus file's is read with a warning.
     */
    public static boolean isReportText(String field, JsonNode value) {
        return value.isTextual() || field.equals("id") && value.isIntegralNumber();
    }

    /** The shared, thread-safe mapper. Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper create() {
        SimpleModule kinds = new SimpleModule("kgi-kinds");
        kinds.addSerializer(Kind.class, new JsonSerializer<>() {
            @Override
            public void serialize(Kind kind, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(kind.label());
            }
        });
        kinds.addDeserializer(Kind.class, new JsonDeserializer<>() {
            @Override
            public Kind deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                return Kind.parse(p.getValueAsString());
            }
        });
        return new ObjectMapper()
                .registerModule(kinds)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }
}
