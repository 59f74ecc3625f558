/** `npm run bench`: prints each benchmark's figure and fails when a target is missed. */
import { benchAssessment } from "./assessment";

const ASSESSMENT_TARGET = 1_000_000;

function main(): void {
  const { count, perSecond } = benchAssessment();
  const ok = perSecond > ASSESSMENT_TARGET;
  console.log(
    `assessment: ${Math.round(perSecond).toLocaleString("en-US")} indicator-years/s over ${count.toLocaleString("en-US")} (target > ${ASSESSMENT_TARGET.toLocaleString("en-US")}) ${ok ? "OK" : "BELOW TARGET"}`,
  );
  if (!ok) process.exitCode = 1;
}

main();
