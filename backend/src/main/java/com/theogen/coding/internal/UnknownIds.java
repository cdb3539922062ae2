package com.theogen.coding.internal;

import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Ids a request names that its project does not have: refused together, each one named. */
final class UnknownIds {

    private UnknownIds() {}

    /**
     * @throws DomainException {@code error} when some of {@code asked} are not {@code known}: the message says
     *     "{@code field} names {@code what} this project does not have: …" and the details list them under {@code
     *     field}, in the order asked
     */
    static void require(Collection<UUID> asked, Set<UUID> known, ErrorCode error, String field, String what) {
        List<String> unknown = asked.stream()
                .filter(id -> !known.contains(id))
                .map(UUID::toString)
                .toList();
        if (!unknown.isEmpty()) {
            throw new DomainException(
                    error,
                    field + " names " + what + " this project does not have: " + String.join(", ", unknown),
                    Map.of(field, unknown));
        }
    }
}
