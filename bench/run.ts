/** `npm run bench`: prints each benchmark's figure and fails when a target is missed. */
import { benchAssessment } from "./assessment";
import { benchBundleSize } from "./bundleSize";

const ASSESSMENT_TARGET = 1_000_000;
const BUNDLE_TARGET_KB = 300;

function main(): void {
  const { count, perSecond } = benchAssessment();
  const ok = perSecond > ASSESSMENT_TARGET;
  console.log(
    `assessment: ${Math.round(perSecond).toLocaleString("en-US")} indicator-years/s over ${count.toLocaleString("en-US")} (target > ${ASSESSMENT_TARGET.toLocaleString("en-US")}) ${ok ? "OK" : "BELOW TARGET"}`,
  );
  if (!ok) process.exitCode = 1;

  const bundle = benchBundleSize();
  const kb = bundle.gzipBytes / 1024;
  const small = kb < BUNDLE_TARGET_KB;
  console.log(
    `task pane initial JS: ${kb.toFixed(1)} KB gzipped (${(bundle.bytes / 1024).toFixed(1)} KB raw; ${bundle.files.join(", ")}) (target < ${BUNDLE_TARGET_KB} KB) ${small ? "OK" : "ABOVE TARGET"}`,
  );
  if (!small) process.exitCode = 1;
}

main();
