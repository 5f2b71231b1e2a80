/**
 * Tuopin's built-in standard sets, published through
 * {@link org.tuopin.standard.StandardSetProvider}.
 */
module org.tuopin.standards {
  requires transitive org.tuopin.core;

  exports org.tuopin.standards;

  provides org.tuopin.standard.StandardSetProvider with org.tuopin.standards.BuiltInStandards;
}
