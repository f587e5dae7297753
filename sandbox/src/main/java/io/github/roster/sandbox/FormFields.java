package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A multipart/form-data body that passed its {@link FormSchemaCheck}, by field name ({@code user[x]} is {@code x}).
 *
 * @param values the text fields converted to their schema types
 * @param files the file parts
 */
record FormFields(ObjectNode values, Map<String, FormPart> files) {

    FormFields {
        values = values.deepCopy();
        files = Map.copyOf(files);
    }
}
