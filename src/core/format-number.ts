/**
 * 4096 -> "4,096", for whole numbers (limits and counts). By hand rather than toLocaleString('en-US'), whose first call loads ICU data
 * (about 20 ms of every CLI start) and whose output depends on the runtime's ICU build.
 */
export function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}
