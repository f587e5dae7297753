package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A thread-safe table of JSON records. Every read hands out a deep copy; a change runs under the table's
 * lock on the live record, so a check-then-change (such as the BIM 360 status conflict) is atomic.
 *
 * @param <K> the key type
 */
final class JsonRecords<K> {

    private final Map<K, ObjectNode> records = new HashMap<>();

    synchronized void put(K key, ObjectNode record) {
        records.put(key, record.deepCopy());
    }

    synchronized boolean contains(K key) {
        return records.containsKey(key);
    }

    /** A copy of the record, or a {@link MissingNode} when there is none. */
    synchronized JsonNode read(K key) {
        ObjectNode record = records.get(key);
        return record == null ? MissingNode.getInstance() : record.deepCopy();
    }

    /**
     * Runs {@code change} on the live record ({@code null} when there is none) under the table's lock.
     * The function must not keep or hand out the record it is given.
     */
    /**
     * Whether any record other than {@code key} passes the test; safe to call inside {@link #change}.
     */
    synchronized boolean anyOther(K key, java.util.function.BiPredicate<K, ObjectNode> test) {
        for (Map.Entry<K, ObjectNode> e : records.entrySet()) {
            if (!e.getKey().equals(key) && test.test(e.getKey(), e.getValue())) {
                return true;
            }
        }
        return false;
    }

    synchronized <R> R change(K key, Function<ObjectNode, R> change) {
        return change.apply(records.get(key));
    }
}
