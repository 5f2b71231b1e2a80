#!/usr/bin/env bash
# A consumer project outside the reactor: the README's Java quick start, built with nothing
# but the README's <dependency>, run on the class path and on the module path.
# Needs the artifacts in the local repository (mvn install). Arguments go to every mvn call,
# e.g. -Dmaven.repo.local=/some/private/repo.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
dir=$(mktemp -d)
mkdir -p "$dir/src/main/java/quickstart"
# The README's first ```java block, as written.
awk '/^```java$/{on=1; next} on && /^```$/{exit} on' README.md > "$dir/QuickStart.java"
cat > "$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>quickstart</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>org.tuopin</groupId>
      <artifactId>tuopin-standards</artifactId>
      <version>$version</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.14.1</version>
        <configuration>
          <compilerArgs><arg>-Xlint:all</arg><arg>-Werror</arg></compilerArgs>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
expected=$(awk '/^```text$/{on=1; next} on && /^```$/{exit} on' README.md)

# 1. The class path: the block as written, in the unnamed package.
mkdir -p "$dir/cp/src/main/java" && cp "$dir/pom.xml" "$dir/cp/" && cp "$dir/QuickStart.java" "$dir/cp/src/main/java/"
(cd "$dir/cp" && mvn -B -ntp -q "$@" package && mvn -B -ntp -q "$@" dependency:build-classpath -Dmdep.outputFile=cp.txt)
got=$(java -cp "$dir/cp/target/classes:$(cat "$dir/cp/cp.txt")" QuickStart)
test "$got" = "$expected" || { echo "class path: the quick start printed something else:"; echo "$got"; exit 1; }
echo "consumer on the class path: prints what the README says"

# 2. The module path: the same block in a package of a module that requires org.tuopin.standards.
mkdir -p "$dir/mp/src/main/java/quickstart" && cp "$dir/pom.xml" "$dir/mp/"
{ echo "package quickstart;"; echo; cat "$dir/QuickStart.java"; } > "$dir/mp/src/main/java/quickstart/QuickStart.java"
printf 'module quickstart {\n  requires org.tuopin.standards;\n}\n' > "$dir/mp/src/main/java/module-info.java"
(cd "$dir/mp" && mvn -B -ntp -q "$@" package && mvn -B -ntp -q "$@" dependency:build-classpath -Dmdep.outputFile=cp.txt)
got=$(java --module-path "$dir/mp/target/classes:$(cat "$dir/mp/cp.txt")" -m quickstart/quickstart.QuickStart)
test "$got" = "$expected" || { echo "module path: the quick start printed something else:"; echo "$got"; exit 1; }
echo "consumer on the module path: prints what the README says"

# 3. JSON binding on the module path: the module opens its value packages to both databind
#    lines, which reflect on private creators and package-private Immutable* classes. A module
#    that requires both databinds writes a household, its assessment, a standard set and row
#    errors and reads them back equal. (Without the opens, Jackson fails at the first household:
#    "module org.tuopin.core does not "opens org.tuopin.registry" to module com.fasterxml.jackson.databind".)
jackson2=$(sed -n 's:^ *<jackson.version>\(.*\)</jackson.version>:\1:p' pom.xml)
jackson3=$(sed -n 's:^ *<jackson3.version>\(.*\)</jackson3.version>:\1:p' pom.xml)
mkdir -p "$dir/json/src/main/java/quickstart"
sed "s:^  </dependencies>:\
    <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId><version>$jackson2</version></dependency>\
    <dependency><groupId>tools.jackson.core</groupId><artifactId>jackson-databind</artifactId><version>$jackson3</version></dependency>\
  </dependencies>:" "$dir/pom.xml" > "$dir/json/pom.xml"
cat > "$dir/json/src/main/java/module-info.java" <<'JAVA'
module quickstart.json {
  requires org.tuopin.standards;
  requires com.fasterxml.jackson.databind;
  requires tools.jackson.databind;
}
JAVA
cat > "$dir/json/src/main/java/quickstart/JsonCheck.java" <<'JAVA'
package quickstart;

import java.util.List;
import org.tuopin.basics.Yuan;
import org.tuopin.io.RowError;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Conditions;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.IncomeStatement;
import org.tuopin.registry.Member;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.Relation;
import org.tuopin.registry.ResidentId;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;
import org.tuopin.standards.Samples;

public class JsonCheck {
  public static void main(String[] args) throws Exception {
    Household household = Household.builder()
        .id(HouseholdId.of("H001"))
        .village(RegionCode.parse("511921105201"))
        .group("3组")
        .addMembers(
            Member.builder().id(PersonId.of("P1")).relation(Relation.HOUSEHOLDER).name("张三")
                .residentId(ResidentId.parse("11010519491231002X")).build(),
            Member.of(PersonId.of("P2"), Relation.SPOUSE))
        .income(IncomeStatement.of(2015, Yuan.of(6000), Yuan.of(1180), Yuan.of(6000), Yuan.of(4205), Yuan.of(1000)))
        .met(Conditions.FOOD, Conditions.CLOTHING, Conditions.EDUCATION)
        .build();
    Assessment<HouseholdId> assessment = StandardSets.of("cn.national").assess(household);

    com.fasterxml.jackson.databind.ObjectMapper two = new com.fasterxml.jackson.databind.ObjectMapper();
    check("Jackson 2 household", household, two.readValue(two.writeValueAsString(household), Household.class));
    check("Jackson 2 assessment", assessment, two.readValue(two.writeValueAsString(assessment),
        new com.fasterxml.jackson.core.type.TypeReference<Assessment<HouseholdId>>() { }));

    tools.jackson.databind.ObjectMapper three = new tools.jackson.databind.ObjectMapper();
    check("Jackson 3 household", household, three.readValue(three.writeValueAsString(household), Household.class));
    check("Jackson 3 assessment", assessment, three.readValue(three.writeValueAsString(assessment),
        new tools.jackson.core.type.TypeReference<Assessment<HouseholdId>>() { }));

    // A standard set (private records of its own) and an import's row errors (another package).
    StandardSet national = StandardSets.of("cn.national");
    check("Jackson 2 standard set", national, two.readValue(two.writeValueAsString(national), StandardSet.class));
    check("Jackson 3 standard set", national, three.readValue(three.writeValueAsString(national), StandardSet.class));
    for (RowError e : Samples.roster().errors().isEmpty() ? List.of(RowError.of(2, "id_number", "check digit"))
        : Samples.roster().errors()) {
      check("Jackson 2 row error", e, two.readValue(two.writeValueAsString(e), RowError.class));
      check("Jackson 3 row error", e, three.readValue(three.writeValueAsString(e), RowError.class));
    }
    System.out.println("JSON round trips on the module path: Jackson 2 and Jackson 3");
  }

  private static void check(String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      throw new AssertionError(what + " reads back different: " + actual);
    }
  }
}
JAVA
(cd "$dir/json" && mvn -B -ntp -q "$@" package && mvn -B -ntp -q "$@" dependency:build-classpath -Dmdep.outputFile=cp.txt)
got=$(java --module-path "$dir/json/target/classes:$(cat "$dir/json/cp.txt")" -m quickstart.json/quickstart.JsonCheck)
test "$got" = "JSON round trips on the module path: Jackson 2 and Jackson 3" || { echo "module path: JSON binding: $got"; exit 1; }
echo "consumer on the module path: households, assessments, standard sets and row errors round-trip through Jackson 2 and 3"
rm -rf "$dir"
