package com.theogen.coding.internal;

import com.theogen.coding.CodingSnapshot;
import com.theogen.evidence.FragmentCoding;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The coding of each coded fragment of a snapshot, as the evidence stores hold it (its codes, and their
 * categories), with a hash of it per fragment for {@link EvidencePushes}.
 *
 * @param codesOf the codes applied to each coded fragment
 * @param interviewOf the interview of each coded fragment
 * @param categoryOfCode each code's category (absent while ungrouped)
 * @param hashes per coded fragment, a hash of its code ids and their category ids (never {@link
 *     EvidencePushes#UNCODED})
 */
record FragmentCodings(
        Map<UUID, Set<UUID>> codesOf,
        Map<UUID, UUID> interviewOf,
        Map<UUID, UUID> categoryOfCode,
        Map<UUID, Long> hashes) {

    static FragmentCodings of(CodingSnapshot snapshot) {
        Map<UUID, UUID> categoryOfCode = new HashMap<>();
        snapshot.codes().forEach(c -> {
            if (c.categoryId() != null) {
                categoryOfCode.put(c.id(), c.categoryId());
            }
        });
        Map<UUID, Set<UUID>> codesOf = new HashMap<>();
        Map<UUID, UUID> interviewOf = new HashMap<>();
        snapshot.applications().forEach(a -> {
            codesOf.computeIfAbsent(a.fragmentId(), k -> new LinkedHashSet<>()).add(a.codeId());
            interviewOf.put(a.fragmentId(), a.interviewId());
        });
        Map<UUID, Long> hashes = new HashMap<>();
        codesOf.forEach((fragment, codes) -> {
            Hasher hasher = new Hasher();
            codes.stream().sorted().forEach(code -> hasher.add(code).add(categoryOfCode.get(code)));
            hashes.put(fragment, hasher.value());
        });
        return new FragmentCodings(codesOf, interviewOf, categoryOfCode, hashes);
    }

    /** The fragment's hash; {@link EvidencePushes#UNCODED} when it has no codes. */
    long hash(UUID fragment) {
        return hashes.getOrDefault(fragment, EvidencePushes.UNCODED);
    }

    /** What the vector index holds for these fragments (uncoded ones with empty lists). */
    List<FragmentCoding> codings(Collection<UUID> fragments) {
        List<FragmentCoding> codings = new ArrayList<>(fragments.size());
        for (UUID fragment : fragments) {
            Set<UUID> codes = codesOf.getOrDefault(fragment, Set.of());
            List<UUID> categories = codes.stream()
                    .map(categoryOfCode::get)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
            codings.add(new FragmentCoding(fragment, List.copyOf(codes), categories));
        }
        return codings;
    }

    /** SHA-256 of a sequence of values, shortened to 64 bits (never {@link EvidencePushes#UNCODED}). */
    static final class Hasher {

        private final MessageDigest digest;

        Hasher() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Hasher add(UUID id) {
            if (id == null) {
                digest.update((byte) 0);
            } else {
                digest.update((byte) 1);
                digest.update(ByteBuffer.allocate(16)
                        .putLong(id.getMostSignificantBits())
                        .putLong(id.getLeastSignificantBits())
                        .array());
            }
            return this;
        }

        Hasher add(String text) {
            byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(4)
                    .putInt(text == null ? -1 : bytes.length)
                    .array());
            digest.update(bytes);
            return this;
        }

        long value() {
            long value = ByteBuffer.wrap(digest.digest()).getLong();
            return value == EvidencePushes.UNCODED ? 1 : value;
        }
    }
}
