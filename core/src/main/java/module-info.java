/**
 * Tuopin core: value types, identifiers, the registration model, criteria, assessments, plans,
 * assistance and
 * importers for targeted poverty alleviation (精准扶贫).
 */
@SuppressWarnings("module")
module org.tuopin.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  requires org.slf4j;
  requires de.siegmar.fastcsv;
  // The reports' JSON writer: Jackson's streaming core only.
  requires com.fasterxml.jackson.core;
  // .xlsx rosters and village files, streamed.
  requires org.dhatim.fastexcel.reader;
  // Compile-time only (CLASS retention, Maven scope provided): neither consumers nor the run
  // time need them, so not transitive; javac's "exports" lint, which would ask for it, is off.
  requires static org.immutables.value.annotations;
  // JSON binding by annotations only, read alike by Jackson 2 and Jackson 3: static, since
  // nothing needs it at run time without a databind; transitive, so that the annotations on
  // exported value types are exported with them (a consumer compiles against them).
  requires static transitive com.fasterxml.jackson.annotation;

  exports org.tuopin.basics;
  // Tuopin's messages in a third language, from a module of its own (MessagesProvider).
  exports org.tuopin.basics.spi;
  exports org.tuopin.region;
  exports org.tuopin.registry;
  exports org.tuopin.standard;
  exports org.tuopin.io;
  exports org.tuopin.village;
  exports org.tuopin.indicator;
  exports org.tuopin.rollup;
  exports org.tuopin.table;
  exports org.tuopin.assist.batch;
  exports org.tuopin.assist.pairing;
  exports org.tuopin.assist.contact;
  exports org.tuopin.plan;
  exports org.tuopin.plan.cadence;
  exports org.tuopin.procedure;
  exports org.tuopin.report;
  exports org.tuopin.measure;

  // JSON binding on the module path: either databind reads the private @JsonCreator factories
  // and @JsonProperty members, and calls the accessors of the package-private Immutable*
  // classes, by deep reflection. Qualified to the two databind modules, which are not on
  // core's own module path: @SuppressWarnings("module") above keeps javac's "module not found"
  // for them quiet, and only that. .ci/consumer.sh proves the binding on the module path.
  opens org.tuopin.basics to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.tuopin.region to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.tuopin.io to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.tuopin.registry to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.tuopin.standard to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.tuopin.village to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.tuopin.indicator to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.tuopin.rollup to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.tuopin.assist.batch to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.tuopin.assist.pairing to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.tuopin.assist.contact to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.tuopin.plan to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.tuopin.plan.cadence to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.tuopin.procedure to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.tuopin.report to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.tuopin.measure to com.fasterxml.jackson.databind, tools.jackson.databind;

  uses org.tuopin.standard.StandardSetProvider;
  uses org.tuopin.basics.spi.MessagesProvider;
}
