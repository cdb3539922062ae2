package com.theogen.evidence.internal.qdrant;

import static io.qdrant.client.ValueFactory.list;
import static io.qdrant.client.ValueFactory.value;

import com.theogen.evidence.FragmentCoding;
import com.theogen.evidence.IndexedFragment;
import com.theogen.shared.Language;
import io.qdrant.client.grpc.JsonWithInt.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The payload of a fragment point. Keys are those of the issue ({@code project_id, interview_id, fragment_id,
 * speaker, code_ids, category_ids, language}) plus {@code text}, kept so that hits can be shown and highlighted
 * without a round trip to PostgreSQL.
 */
final class QdrantPayloads {

    static final String PROJECT_ID = "project_id";
    static final String INTERVIEW_ID = "interview_id";
    static final String FRAGMENT_ID = "fragment_id";
    static final String SPEAKER = "speaker";
    static final String CODE_IDS = "code_ids";
    static final String CATEGORY_IDS = "category_ids";
    static final String LANGUAGE = "language";
    static final String TEXT = "text";

    /** Keys that searches and deletes filter on; each gets a keyword payload index. */
    static final List<String> FILTER_KEYS =
            List.of(PROJECT_ID, INTERVIEW_ID, FRAGMENT_ID, SPEAKER, CODE_IDS, CATEGORY_IDS, LANGUAGE);

    private QdrantPayloads() {}

    static Map<String, Value> toPayload(IndexedFragment fragment) {
        Map<String, Value> payload = new HashMap<>();
        payload.put(PROJECT_ID, value(fragment.projectId().toString()));
        payload.put(INTERVIEW_ID, value(fragment.interviewId().toString()));
        payload.put(FRAGMENT_ID, value(fragment.fragmentId().toString()));
        if (fragment.speaker() != null) {
            payload.put(SPEAKER, value(fragment.speaker()));
        }
        payload.put(LANGUAGE, value(fragment.language().code()));
        payload.put(TEXT, value(fragment.text()));
        payload.putAll(coding(fragment.codeIds(), fragment.categoryIds()));
        return payload;
    }

    static Map<String, Value> coding(FragmentCoding coding) {
        return coding(coding.codeIds(), coding.categoryIds());
    }

    private static Map<String, Value> coding(List<UUID> codeIds, List<UUID> categoryIds) {
        return Map.of(CODE_IDS, ids(codeIds), CATEGORY_IDS, ids(categoryIds));
    }

    private static Value ids(List<UUID> ids) {
        return list(ids.stream().map(id -> value(id.toString())).toList());
    }

    static IndexedFragment toFragment(Map<String, Value> payload) {
        Value speaker = payload.get(SPEAKER);
        return new IndexedFragment(
                uuid(payload, PROJECT_ID),
                uuid(payload, INTERVIEW_ID),
                uuid(payload, FRAGMENT_ID),
                speaker == null || speaker.hasNullValue() ? null : speaker.getStringValue(),
                Language.fromCode(payload.get(LANGUAGE).getStringValue()),
                payload.get(TEXT).getStringValue(),
                uuids(payload.get(CODE_IDS)),
                uuids(payload.get(CATEGORY_IDS)));
    }

    private static UUID uuid(Map<String, Value> payload, String key) {
        return UUID.fromString(payload.get(key).getStringValue());
    }

    private static List<UUID> uuids(Value value) {
        if (value == null || !value.hasListValue()) {
            return List.of();
        }
        return value.getListValue().getValuesList().stream()
                .map(v -> UUID.fromString(v.getStringValue()))
                .toList();
    }
}
