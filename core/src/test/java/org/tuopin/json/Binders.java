package org.tuopin.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuopin.testing.Theories.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * The two Jackson lines as plain mappers, so one test runs under both: Jackson 2
 * ({@code com.fasterxml.jackson.databind}) and Jackson 3 ({@code tools.jackson.databind}), each a
 * plain {@code ObjectMapper} with no module registered; and the round trip every JSON test
 * checks.
 */
final class Binders {

  /** One databind line: writes a value as JSON and reads it back. */
  interface Binder {
    /**
     * Writes a value.
     *
     * @param value  the value
     * @return the JSON
     */
    String write(Object value);

    /**
     * Reads a value.
     *
     * @param json  the JSON
     * @param type  the type to read
     * @param <T>  the type
     * @return the value
     */
    <T> T read(String json, Class<T> type);

    /**
     * Reads a value of a generic type with one type argument, such as an assessment of a
     * household id.
     *
     * @param json  the JSON
     * @param raw  the generic type
     * @param argument  its type argument
     * @return the value
     */
    Object read(String json, Class<?> raw, Class<?> argument);
  }

  /** Jackson 2: a plain {@code com.fasterxml.jackson.databind.ObjectMapper}. */
  static final Binder JACKSON_2 = new Binder() {
    private final com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();

    @Override
    public String write(Object value) {
      try {
        return mapper.writeValueAsString(value);
      } catch (JsonProcessingException ex) {
        throw new IllegalStateException(ex);
      }
    }

    @Override
    public <T> T read(String json, Class<T> type) {
      try {
        return mapper.readValue(json, type);
      } catch (JsonProcessingException ex) {
        throw new IllegalStateException(ex);
      }
    }

    @Override
    public Object read(String json, Class<?> raw, Class<?> argument) {
      try {
        return mapper.readValue(json, mapper.getTypeFactory().constructParametricType(raw, argument));
      } catch (JsonProcessingException ex) {
        throw new IllegalStateException(ex);
      }
    }

    @Override
    public String toString() {
      return "Jackson 2";
    }
  };

  /** Jackson 3: a plain {@code tools.jackson.databind.ObjectMapper}. */
  static final Binder JACKSON_3 = new Binder() {
    private final tools.jackson.databind.ObjectMapper mapper = new tools.jackson.databind.ObjectMapper();

    @Override
    public String write(Object value) {
      return mapper.writeValueAsString(value);
    }

    @Override
    public <T> T read(String json, Class<T> type) {
      return mapper.readValue(json, type);
    }

    @Override
    public Object read(String json, Class<?> raw, Class<?> argument) {
      return mapper.readValue(json, mapper.getTypeFactory().constructParametricType(raw, argument));
    }

    @Override
    public String toString() {
      return "Jackson 3";
    }
  };

  /** Both lines. */
  static final List<Binder> BOTH = List.of(JACKSON_2, JACKSON_3);

  /**
   * Checks that generated values write and read back equal through one databind line, the
   * JSON shown on failure.
   *
   * @param binder  the databind line
   * @param values  the values
   * @param type  the type to read back
   * @param examples  the number of examples
   * @param <T>  the type
   */
  static <T> void roundTrips(Binder binder, Gen<? extends T> values, Class<T> type, int examples) {
    qt(examples).forAll(values).checkAssert(value -> {
      String json = binder.write(value);
      assertThat(binder.read(json, type)).as(json).isEqualTo(value);
    });
  }

  /**
   * Checks that a value writes and reads back equal through one databind line.
   *
   * @param binder  the databind line
   * @param value  the value
   * @param type  the type to read back
   * @param <T>  the type
   */
  static <T> void roundTrips(Binder binder, T value, Class<T> type) {
    String json = binder.write(value);
    assertThat(binder.read(json, type)).as(json).isEqualTo(value);
  }

  private Binders() {
  }
}
