// Amounts of money, one way everywhere: a number in a currency, summed only within one currency,
// stored to a millionth (costs of single tasks are often a fraction of a cent), shown to a cent.

export interface Money {
  amount: number;
  /** ISO 4217 code, e.g. CNY or USD. */
  currency: string;
}

/** Rounded to a millionth of the unit, so sums are stable in JSON and in the lock. */
export function money(amount: number, currency: string): Money {
  return { amount: Math.round(amount * 1e6) / 1e6, currency };
}

/** `12.35 CNY`; below a cent, enough digits to see it (`0.0042 USD`). */
export function formatMoney(value: Money): string {
  const digits = value.amount !== 0 && Math.abs(value.amount) < 0.01 ? 4 : 2;
  return `${value.amount.toFixed(digits)} ${value.currency}`;
}

/** The sum of amounts in one currency (the caller's); undefined amounts are left out. */
export function sumMoney(values: readonly (Money | undefined)[], currency: string): Money {
  let total = 0;
  for (const value of values) if (value) total += value.amount;
  return money(total, currency);
}
