// A budget is counted in a price table's currency: without a table (pricing:, or SEEDANCE_PRICING)
// it could not be kept, so it is an error here rather than a surprise when the run starts.
import type { Rule } from './context.js';

export const budgetNeedsPricing: Rule = (ctx) => {
  if (!ctx.manifest.budget || ctx.manifest.pricing) return;
  ctx.out.error(
    'budget-needs-pricing',
    `\`budget\` is set, but there is no price table to count it in. Add \`pricing: volcengine\` (CNY), \`pricing: byteplus\` (USD) or a table of your own (docs/pricing.md), or set SEEDANCE_PRICING.`,
    ['budget'],
  );
};
