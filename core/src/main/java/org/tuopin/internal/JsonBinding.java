package org.tuopin.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The project's JSON binding of an Immutables value type, read alike by Jackson 2 and Jackson 3
 * (both read the annotations of {@code com.fasterxml.jackson.annotation}).
 *
 * <p>Nothing is detected by name: accessors have no {@code get} prefix, and derived
 * {@code isX()} answers are not data. Only the members marked {@code @JsonProperty} are
 * written, and the type's {@code @JsonCreator} factory reads them back through the builder.
 * Absent optional values are left out rather than written as {@code null}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonAutoDetect(
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    fieldVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public @interface JsonBinding {
}
