// Tuopin JShell start-up script: the imports a researcher needs.
//   jshell --class-path examples/target/tuopin.jar --startup DEFAULT --startup examples/src/main/jshell/tuopin.jsh
import java.nio.file.*;
import org.tuopin.basics.*;
import org.tuopin.region.*;
import org.tuopin.registry.*;
import org.tuopin.standard.*;
import org.tuopin.io.*;
import org.tuopin.village.*;
import org.tuopin.indicator.*;
import org.tuopin.rollup.*;
import org.tuopin.assist.batch.*;
import org.tuopin.assist.pairing.*;
import org.tuopin.assist.contact.*;
import org.tuopin.plan.*;
import org.tuopin.plan.cadence.*;
import org.tuopin.measure.*;
import org.tuopin.standards.*;
