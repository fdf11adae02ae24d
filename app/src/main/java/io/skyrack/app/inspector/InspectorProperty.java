package io.skyrack.app.inspector;

/**
 * One row of the inspector.
 *
 * @param category group heading
 * @param name property name, with its unit
 * @param value formatted value
 * @param description tooltip text
 */
public record InspectorProperty(String category, String name, String value, String description) {
}
