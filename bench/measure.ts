/** Times `rounds` alternating batches of baseline and subject; returns the median subject/baseline ratio. */
export async function medianRatio(
  rounds: number,
  batch: number,
  baseline: () => Promise<unknown>,
  subject: () => Promise<unknown>,
): Promise<{ ratio: number; baselineMs: number; subjectMs: number }> {
  const ratios: number[] = [];
  let baselineTotal = 0;
  let subjectTotal = 0;
  const time = async (work: () => Promise<unknown>) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) await work();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  await time(baseline);
  await time(subject);
  for (let round = 0; round < rounds; round++) {
    const b = await time(baseline);
    const s = await time(subject);
    baselineTotal += b;
    subjectTotal += s;
    ratios.push(s / b);
  }
  ratios.sort((x, y) => x - y);
  return {
    ratio: ratios[Math.floor(ratios.length / 2)]!,
    baselineMs: baselineTotal / (rounds * batch),
    subjectMs: subjectTotal / (rounds * batch),
  };
}
