#!/usr/bin/env bash
# A consumer project outside the reactor: the README's Java quick start, built with nothing
# but the README's <dependency>, run on the class path and on the module path.
# Needs the artifacts in the local repository (mvn install).
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
(cd "$dir/cp" && mvn -B -ntp -q package && mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile=cp.txt)
got=$(java -cp "$dir/cp/target/classes:$(cat "$dir/cp/cp.txt")" QuickStart)
test "$got" = "$expected" || { echo "class path: the quick start printed something else:"; echo "$got"; exit 1; }
echo "consumer on the class path: prints what the README says"

# 2. The module path: the same block in a package of a module that requires org.tuopin.standards.
mkdir -p "$dir/mp/src/main/java/quickstart" && cp "$dir/pom.xml" "$dir/mp/"
{ echo "package quickstart;"; echo; cat "$dir/QuickStart.java"; } > "$dir/mp/src/main/java/quickstart/QuickStart.java"
printf 'module quickstart {\n  requires org.tuopin.standards;\n}\n' > "$dir/mp/src/main/java/module-info.java"
(cd "$dir/mp" && mvn -B -ntp -q package && mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile=cp.txt)
got=$(java --module-path "$dir/mp/target/classes:$(cat "$dir/mp/cp.txt")" -m quickstart/quickstart.QuickStart)
test "$got" = "$expected" || { echo "module path: the quick start printed something else:"; echo "$got"; exit 1; }
echo "consumer on the module path: prints what the README says"
rm -rf "$dir"
