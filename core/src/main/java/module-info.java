/**
 * Tuopin core: value types, identifiers, the registration model, criteria, assessments, plans,
 * assistance and
 * importers for targeted poverty alleviation (精准扶贫).
 */
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

  uses org.tuopin.standard.StandardSetProvider;
}
